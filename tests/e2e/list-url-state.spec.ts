// A list's URL is read and written by one codec: a page past the end shows the last page, an
// oversized page size is the same clamped value in the rows and the pager, the detail page's back
// link returns to the list as it was, and the detail tabs live in `?tab=`. As the organization's owner.
import type { Page } from "@playwright/test";
import { expect, expectHydrated, test } from "./support";

function customerRows(page: Page) {
  return page.getByRole("table", { name: "Customers" }).getByRole("row");
}

test("a page past the end shows the last page, and rows and pager agree", async ({ page }) => {
  await page.goto("/customers?page=99999");
  const pager = page.getByText(/^Page \d+ of \d+$/);
  await expect(pager).toBeVisible();
  const [, current, count] = /^Page (\d+) of (\d+)$/.exec(await pager.innerText()) ?? [];
  expect(current).toBe(count);
  expect(Number(count)).toBeGreaterThan(1);
  await expect(page.getByText("No customers yet")).toHaveCount(0);
  expect(await customerRows(page).count()).toBeGreaterThan(1);
});

test("?perPage=1000 shows 100 rows and the pager says 100", async ({ page }) => {
  await page.goto("/customers?perPage=1000");
  // A header row and 100 customers (the spec's organization has more).
  await expect(customerRows(page)).toHaveCount(101);
  await expect(page.getByLabel("Rows per page")).toHaveValue("100");
  await expect(page.getByText(/^Showing 1–100 of \d+$/)).toBeVisible();
});

test("the detail page's back link returns to the list with its search, filters, sort and page", async ({ page }) => {
  await page.goto("/customers?status=active&sort=-name&page=2");
  await expectHydrated(page.getByRole("button", { name: /^Views/ }));
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  const firstRow = customerRows(page).nth(1);
  const firstName = (await firstRow.getByRole("link").first().textContent()) ?? "";
  await firstRow.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: firstName })).toBeVisible();

  const back = page.getByRole("main").getByRole("link", { name: "Customers", exact: true });
  await expect(back).toHaveAttribute("href", "/customers?status=active&sort=-name&page=2");
  await back.click();
  await expect(page).toHaveURL(/\/customers\?status=active&sort=-name&page=2$/);
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  await expect(customerRows(page).nth(1)).toContainText(firstName);
});

test("a customer's tabs are kept in ?tab=, so a reload opens the same tab", async ({ page }) => {
  await page.goto("/customers");
  await customerRows(page).nth(1).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  const contacts = page.getByRole("tab", { name: "Contacts" });
  await expectHydrated(contacts);
  await contacts.click();
  await expect(page).toHaveURL(/\?tab=contacts$/);
  await page.reload();
  await expect(page.getByRole("tab", { name: "Contacts" })).toHaveAttribute("aria-selected", "true");

  const overview = page.getByRole("tab", { name: "Overview" });
  await expectHydrated(overview);
  await overview.click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
});
