// Possible duplicates (issue 12, item 2): a customer entered twice is found by Scan now and listed
// side by side with why and how sure; "Not a duplicate" hides the pair with Undo in the toast, and
// "Merge…" opens the merge page with both. On a laptop and a phone, with axe.
import type { APIRequestContext, Page } from "@playwright/test";
import type { E2eOrg } from "./org-file";
import { expectNoA11yViolations, expectNoHorizontalScroll, viewports } from "./a11y";
import { expect, expectHydrated, postCustomer, test } from "./support";

/**
 * The same company twice: a legal suffix apart, one phone number, one city. Its name is random letters
 * only: two tests' pairs named from uniqueSuffix() (a timestamp first) were similar enough to be paired
 * with each other, and the search by suffix then found five pairs.
 */
async function makePair(request: APIRequestContext, org: E2eOrg) {
  const suffix = Array.from({ length: 10 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join("");
  const place = { city: "Knoxville", postalCode: "37919", country: "US" };
  const phone = `865 555 ${String(Math.floor(1000 + Math.random() * 8999))}`;
  const a = { name: `Dupe ${suffix} Aviation LLC`, id: "" };
  const b = { name: `Dupe ${suffix} Aviation`, id: "" };
  a.id = await postCustomer(request, org, { kind: "company", name: a.name, phone, ...place });
  b.id = await postCustomer(request, org, { kind: "company", name: b.name, phone, ...place });
  return { a, b, suffix };
}

/** Scans the organization from the page and shows only this pair (searched by its suffix). */
async function scanAndFind(page: Page, suffix: string) {
  await page.goto("/customers/duplicates");
  await expect(page.getByRole("heading", { name: "Possible duplicates", level: 1 })).toBeVisible();
  const scanNow = page.getByRole("button", { name: "Scan now" });
  await expectHydrated(scanNow);
  await scanNow.click();
  // The panel follows the job (the page refreshes itself) until the scan is done.
  await expect(page.getByRole("button", { name: "Scan now" })).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByText(/Last scan finished/)).toBeVisible();
  await page.getByRole("searchbox", { name: "Search pairs" }).fill(suffix.toLowerCase());
  await expect(page).toHaveURL(new RegExp(`q=${suffix.toLowerCase()}`));
  const pairs = page.getByRole("list", { name: "Possible duplicate pairs" }).getByRole("article");
  await expect(pairs).toHaveCount(1);
  return pairs.first();
}

test("a customer entered twice is listed with its reasons; Not a duplicate hides it, Undo brings it back", async ({
  page,
  org,
}) => {
  await page.setViewportSize(viewports.laptop);
  const { a, b, suffix } = await makePair(page.request, org);
  const card = await scanAndFind(page, suffix);
  await expect(card.getByRole("link", { name: a.name, exact: true })).toBeVisible();
  await expect(card.getByRole("link", { name: b.name, exact: true })).toBeVisible();
  await expect(card.getByText(/^Same phone: \+1865555/)).toBeVisible();
  await expect(card.getByText(/^Similar name \(100%, same postal code\)/)).toBeVisible();
  await expect(card.getByText(/^Score \d+/)).toBeVisible();
  await expect(card.getByText("Proposed survivor")).toHaveCount(1);
  await expectNoA11yViolations(page);
  await expectNoHorizontalScroll(page);

  await card.getByRole("button", { name: "Not a duplicate" }).click();
  const toast = page.getByRole("listitem").filter({ hasText: "Marked as not a duplicate" });
  await expect(page.getByText("No pairs match your search and filters.")).toBeVisible();
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("The pair is back on the list")).toBeVisible();
  await expect(page.getByRole("list", { name: "Possible duplicate pairs" }).getByRole("article")).toHaveCount(1);

  // Dismissed for good: a new scan leaves it out.
  await page.getByRole("button", { name: "Not a duplicate" }).click();
  await expect(page.getByText("No pairs match your search and filters.")).toBeVisible();
  await page.getByRole("button", { name: "Scan now" }).click();
  await expect(page.getByRole("button", { name: "Scan now" })).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByText("No pairs match your search and filters.")).toBeVisible();
});

test("on a phone the two customers stack, and Merge… opens the merge page with both", async ({ page, org }) => {
  await page.setViewportSize(viewports.smallPhone);
  const { a, b, suffix } = await makePair(page.request, org);
  const card = await scanAndFind(page, suffix);
  await expectNoHorizontalScroll(page);
  await expectNoA11yViolations(page);
  await card.getByRole("link", { name: "Merge…" }).click();
  await expect(page).toHaveURL(/\/customers\/merge\?ids=/);
  expect(page.url()).toContain(a.id);
  expect(page.url()).toContain(b.id);
  await expect(page.getByRole("heading", { name: "Merge customers", level: 1 })).toBeVisible();
});

test("the customers list's Duplicates button opens it", async ({ page }) => {
  await page.setViewportSize(viewports.laptop);
  await page.goto("/customers");
  await page.getByRole("link", { name: "Duplicates" }).click();
  await expect(page).toHaveURL(/\/customers\/duplicates$/);
  await expect(page.getByRole("heading", { name: "Possible duplicates", level: 1 })).toBeVisible();
});
