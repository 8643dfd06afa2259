// The activity timeline as the organization's owner: add a note and see it; edit the city and see the change
// recorded with its before → after values; older entries load by themselves as the list scrolls.
import type { Page } from "@playwright/test";
import { authorization, expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";

function timeline(page: Page) {
  return page.getByRole("list", { name: "Activity" });
}

async function openActivityTab(page: Page, customerUrl: string) {
  await page.goto(`${customerUrl}?tab=activity`);
  await expect(page.getByRole("tab", { name: "Activity" })).toHaveAttribute("aria-selected", "true");
  await expectHydrated(page.getByRole("button", { name: "Add to timeline" }));
}

test("adds a note to the timeline and records a field change with from → to", async ({ page }) => {
  const suffix = uniqueSuffix();
  const name = `E2E Timeline ${suffix}`;

  await page.goto("/customers/new");
  await expect(page.getByRole("button", { name: "Save customer" })).toBeEnabled();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("City", { exact: true }).fill("Knoxville");
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  const customerUrl = new URL(page.url()).pathname;

  await openActivityTab(page, customerUrl);
  await expect(timeline(page).getByText("Customer created")).toBeVisible();

  const note = `Called about the annual inspection ${suffix}`;
  await page.getByLabel("Type", { exact: true }).selectOption("note");
  await page.getByLabel("Summary", { exact: true }).fill(note);
  await page.getByLabel("Details", { exact: true }).fill("Prefers a slot in March.");
  await page.getByRole("button", { name: "Add to timeline" }).click();
  await expect(page.getByText("Note added")).toBeVisible();
  await expect(timeline(page).getByText(note)).toBeVisible();
  await expect(timeline(page).getByText("Prefers a slot in March.")).toBeVisible();

  await page.goto(`${customerUrl}/edit`);
  await expect(page.getByRole("button", { name: "Save customer" })).toBeEnabled();
  await page.getByLabel("City", { exact: true }).fill("Chattanooga");
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByText("Customer updated")).toBeVisible();

  await openActivityTab(page, customerUrl);
  // The day's list item holds the entry's own item: the innermost (last) match is the entry.
  const change = timeline(page).getByRole("listitem").filter({ hasText: "Customer details updated" }).last();
  await expect(change).toBeVisible();
  await change.getByText("Show changes").click();
  await expect(change.getByText("City:")).toBeVisible();
  await expect(change.getByText("Knoxville")).toBeVisible();
  await expect(change.getByText("Chattanooga")).toBeVisible();
});

test("loads older entries by itself when the end of the timeline scrolls into view", async ({ page, org }) => {
  const headers = authorization(org);
  const customer = { id: await postCustomer(page.request, org, { name: `E2E Scroll ${uniqueSuffix()}` }) };
  for (let i = 1; i <= 25; i++) {
    const logged = await page.request.post(`/api/v1/customers/${customer.id}/activity`, {
      headers,
      data: { type: "call", summary: `Scroll call ${String(i).padStart(2, "0")}` },
    });
    expect(logged.status()).toBe(201);
  }

  await openActivityTab(page, `/customers/${customer.id}`);
  const entries = timeline(page)
    .getByRole("listitem")
    .filter({ hasText: /^Scroll call|Customer created/ });
  await expect(timeline(page).getByText("Scroll call 25")).toBeVisible();
  // Nothing is clicked: scrolling the "Load more" fallback into view is what loads the next page.
  await page.getByRole("button", { name: "Load more" }).scrollIntoViewIfNeeded();
  await expect(timeline(page).getByText("Customer created")).toBeVisible();
  await expect(timeline(page).getByText("Scroll call 01")).toBeVisible();
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
  expect(await entries.count()).toBeGreaterThanOrEqual(26);
});
