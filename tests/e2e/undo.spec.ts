// Undo (issue 11, item 14): archiving a customer (on a phone, the toast's Undo on screen) or an aircraft offers
// Undo in its toast, which restores the record; a bulk status change offers Undo, which gives each customer back its own status.
import type { APIRequestContext } from "@playwright/test";
import type { E2eOrg } from "./org-file";
import { viewports } from "./a11y";
import { authorization, expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";
import type { Page } from "@playwright/test";

async function archiveThenUndo(page: Page, title: RegExp | string, noun: string) {
  const actions = page.getByRole("button", { name: "Actions" });
  await expectHydrated(actions);
  await actions.click();
  await page.getByRole("menuitem", { name: "Archive" }).click();
  await page.getByRole("alertdialog", { name: title }).getByRole("button", { name: "Archive" }).click();
  const undo = page
    .getByRole("listitem")
    .filter({ hasText: `${noun} archived` })
    .getByRole("button", { name: "Undo" });
  await expect(undo).toBeInViewport();
  await expect(page.getByText(`This ${noun.toLowerCase()} was archived`)).toBeVisible();
  await undo.click();
  await expect(page.getByText(`${noun} restored`)).toBeVisible();
  await expect(page.getByText(`This ${noun.toLowerCase()} was archived`)).toHaveCount(0);
}

async function postAircraft(request: APIRequestContext, org: E2eOrg) {
  const registration = `N${Math.floor(10_000 + Math.random() * 89_999)}`;
  const response = await request.post("/api/v1/assets", {
    headers: authorization(org),
    data: { kind: "aircraft", registration, make: "Piper", model: "PA-28" },
  });
  expect(response.status()).toBe(201);
  return { id: ((await response.json()) as { data: { id: string } }).data.id, registration };
}

test("archiving an aircraft offers Undo, which restores it", async ({ page, org }) => {
  const aircraft = await postAircraft(page.request, org);
  await page.goto(`/aircraft/${aircraft.id}`);
  await archiveThenUndo(page, new RegExp(`^Archive ${aircraft.registration}`), "Aircraft");
});

test("a bulk status change offers Undo, which gives each customer back its own status", async ({ page, org }) => {
  const suffix = uniqueSuffix();
  const customers = [
    { name: `E2E Undo ${suffix} Alpha`, status: "active", label: "Active" },
    { name: `E2E Undo ${suffix} Bravo`, status: "suspended", label: "Suspended" },
  ];
  for (const { name, status } of customers) await postCustomer(page.request, org, { kind: "company", name, status });

  await page.goto(`/customers?q=${encodeURIComponent(`E2E Undo ${suffix}`)}`);
  const first = page.getByRole("checkbox", { name: `Select ${customers[0]!.name}` });
  await expectHydrated(first);
  await first.click();
  await page.getByRole("checkbox", { name: `Select ${customers[1]!.name}` }).click();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await bar.getByRole("button", { name: "More actions" }).click();
  await page.getByRole("menuitem", { name: "Set status…" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Status").selectOption({ label: "Blocked" });
  await dialog.getByRole("button", { name: "Apply" }).click();

  const toast = page.getByRole("listitem").filter({ hasText: "Bulk action done: 2 updated" });
  await expect(toast).toContainText("Undo restores the customers nobody has changed since");
  const row = (name: string) => page.getByRole("row").filter({ hasText: name });
  for (const { name } of customers) await expect(row(name)).toContainText("Blocked");

  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Undone: 2 customers restored")).toBeVisible();
  for (const { name, label } of customers) await expect(row(name)).toContainText(label);
});

test.describe("on a phone", () => {
  test.use({ viewport: viewports.phone });

  test("archiving a customer offers Undo, which restores it", async ({ page, org }) => {
    const name = `E2E Undo Archive ${uniqueSuffix()}`;
    const id = await postCustomer(page.request, org, { kind: "company", name });
    await page.goto(`/customers/${id}`);
    await archiveThenUndo(page, `Archive ${name}?`, "Customer");
  });
});
