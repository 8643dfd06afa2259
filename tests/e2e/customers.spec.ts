// The customers flow as the organization's owner: list, create, search, edit, archive, restore, delete; inline
// field errors from the browser and the server; and the list's URL state surviving the back button.
import type { Page } from "@playwright/test";
import { expect, expectHydrated, openNewCustomerForm, test, uniqueSuffix } from "./support";

function customerRows(page: Page) {
  return page.getByRole("table", { name: "Customers" }).getByRole("row");
}

/** The overview's "Customer since" value (the header's quick stats show it too). */
function customerSinceValue(page: Page) {
  return page.getByRole("tabpanel").locator('dt:text-is("Customer since") + dd');
}

test("lists the seeded customers", async ({ page }) => {
  await page.goto("/customers");
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  // A header row and a full first page of 25.
  await expect(customerRows(page)).toHaveCount(26);
  await expect(page.getByText(/^Showing 1–25 of \d+$/)).toBeVisible();
});

test("creates, finds, edits, archives and restores a customer", async ({ page }) => {
  const suffix = uniqueSuffix();
  const name = `E2E Avionics ${suffix}`;

  await page.goto("/customers");
  await page.getByRole("link", { name: "Add customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add customer" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save customer" })).toBeEnabled();
  await expect(page.getByLabel("Company")).toBeChecked();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Account number").fill(`E2E-${suffix}`);
  await page.getByLabel("Email", { exact: true }).fill(`ops-${suffix.toLowerCase()}@example.com`);
  await page.getByLabel("Phone", { exact: true }).fill("(865) 555-0142");
  await page.getByLabel("City").fill("Knoxville");
  await page.getByLabel("Country").selectOption("US");
  await page.getByLabel("Customer since").fill("2019-04-01");
  await page.getByRole("button", { name: "Save customer" }).click();

  await expect(page.getByText("Customer created")).toBeVisible();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("+1 865 555 0142")).toBeVisible();
  await expect(customerSinceValue(page)).toHaveText("Apr 1, 2019");

  await page.getByRole("link", { name: "Customers", exact: true }).first().click();
  const searchBox = page.getByRole("searchbox", { name: "Search customers" });
  await expectHydrated(searchBox);
  await searchBox.fill(name);
  await expect(page).toHaveURL(/[?&]q=E2E/);
  await expect(customerRows(page)).toHaveCount(2);
  await page.getByRole("link", { name }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("button", { name: "Save customer" })).toBeEnabled();
  await expect(page.getByLabel("City")).toHaveValue("Knoxville");
  await expect(page.getByLabel("Customer since")).toHaveValue("2019-04-01");
  await page.getByLabel("City").fill("Chattanooga");
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByText("Customer updated")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Chattanooga")).toBeVisible();
  await expect(page.getByText("Knoxville")).toHaveCount(0);
  await expect(customerSinceValue(page)).toHaveText("Apr 1, 2019");

  await page.getByRole("button", { name: "Actions" }).click();
  await page.getByRole("menuitem", { name: "Archive" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Archive ${name}?` });
  await dialog.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("Customer archived")).toBeVisible();
  await expect(page.getByText(/This customer was archived by Avery Admin/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);

  const search = `/customers?q=${encodeURIComponent(name)}`;
  await page.goto(search);
  await expect(page.getByText("No customers match your search and filters.")).toBeVisible();
  await expectHydrated(page.getByRole("button", { name: "Archived" }));
  await page.getByRole("button", { name: "Archived" }).click();
  await page.getByRole("menuitemradio", { name: "Only" }).click();
  await expect(page).toHaveURL(/[?&]archived=only/);
  const archivedRow = customerRows(page).filter({ hasText: name });
  await expect(archivedRow).toContainText("Archived");
  await archivedRow.getByRole("link", { name }).click();

  await expectHydrated(page.getByRole("button", { name: "Restore" }));
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByText("Customer restored")).toBeVisible();
  await expect(page.getByText(/This customer was archived/)).toHaveCount(0);
  await page.goto(search);
  await expect(page.getByRole("link", { name })).toBeVisible();
});

test("shows field errors inline: an invalid email, then a duplicate account number", async ({ page }) => {
  await openNewCustomerForm(page);
  await page.getByLabel("Name", { exact: true }).fill(`E2E Invalid ${uniqueSuffix()}`);
  const email = page.getByLabel("Email", { exact: true });
  await email.fill("not-an-email");
  await page.getByRole("button", { name: "Save customer" }).click();

  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Enter a valid email address");
  await expect(page).toHaveURL(/\/customers\/new$/);

  // The seed's account numbers run C000001…; uniqueness is only known to the server.
  await email.fill("");
  const accountNumber = page.getByLabel("Account number");
  await accountNumber.fill("C000001");
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(accountNumber).toHaveAccessibleDescription(/Account number C000001 is already used/);
  await expect(accountNumber).toBeFocused();
  await expect(email).not.toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/customers\/new$/);
});

test("deletes a customer permanently after naming it in the confirmation", async ({ page }) => {
  const name = `E2E Delete ${uniqueSuffix()}`;
  await openNewCustomerForm(page);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("button", { name: "Actions" }).click();
  await page.getByRole("menuitem", { name: "Delete permanently" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Delete ${name} permanently?` });
  await dialog.getByRole("button", { name: "Delete permanently" }).click();

  // The toast comes first and lasts a few seconds; the list it navigates to may take longer on a busy machine.
  await expect(page.getByText("Customer deleted")).toBeVisible();
  await expect(page).toHaveURL(/\/customers$/);
  await page.goto(`/customers?q=${encodeURIComponent(name)}&archived=include`);
  await expect(page.getByText("No customers match your search and filters.")).toBeVisible();
});

test("restores the list's sort and page with the back button", async ({ page }) => {
  await page.goto("/customers");
  await expectHydrated(page.getByRole("button", { name: "Account", exact: true }));
  await page.getByRole("button", { name: "Account", exact: true }).click();
  await expect(page).toHaveURL(/[?&]sort=accountNumber/);
  await page.getByRole("button", { name: "Go to next page" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByText("Page 2 of", { exact: false })).toBeVisible();

  const firstRow = customerRows(page).nth(1);
  const firstName = (await firstRow.getByRole("link").first().textContent()) ?? "";
  await firstRow.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: firstName })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/[?&]sort=accountNumber/);
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByText("Page 2 of", { exact: false })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Account", exact: true })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await expect(customerRows(page).nth(1)).toContainText(firstName);
});

test.describe("customer since, far west of UTC", () => {
  // The day before in Pago Pago for most of a UTC day: a calendar date must not move with the browser's zone.
  test.use({ timezoneId: "Pacific/Pago_Pago" });

  test("refuses a future day inline, keeps the day on the page, in the form and in the list's column", async ({
    page,
  }) => {
    const name = `E2E Since ${uniqueSuffix()}`;
    await openNewCustomerForm(page);
    await page.getByLabel("Name", { exact: true }).fill(name);
    const since = page.getByLabel("Customer since");
    await since.fill("2999-01-01");
    await page.getByRole("button", { name: "Save customer" }).click();
    await expect(since).toHaveAttribute("aria-invalid", "true");
    await expect(since).toHaveAccessibleDescription(/Customer since cannot be in the future/);

    await since.fill("2020-01-01");
    await page.getByRole("button", { name: "Save customer" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(customerSinceValue(page)).toHaveText("Jan 1, 2020");
    await page.getByRole("link", { name: "Edit" }).click();
    await expect(page.getByLabel("Customer since")).toHaveValue("2020-01-01");

    await page.goto(`/customers?q=${encodeURIComponent(name)}&cols=name,customerSince`);
    await expect(page.getByRole("columnheader", { name: "Customer since" })).toBeVisible();
    await expect(customerRows(page).filter({ hasText: name })).toContainText("Jan 1, 2020");
  });
});
