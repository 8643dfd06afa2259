// Warn before creating: typing a customer that looks like an existing one shows the possible
// duplicates (why, and a score) without blocking anything; "Merge into it" fills the existing
// customer's empty fields after a confirmation listing them, "Continue anyway" waves the warning off.
import type { Page } from "@playwright/test";
import { expectNoA11yViolations, expectNoHorizontalScroll, viewports } from "./a11y";
import { expect, openNewCustomerForm, postCustomer, test, uniqueSuffix } from "./support";

const warning = (page: Page) => page.getByRole("status").filter({ hasText: "Possible duplicate" });

test("a likely duplicate is shown while typing, and merging into it fills its empty fields", async ({
  page,
  request,
  org,
}) => {
  const suffix = uniqueSuffix();
  const existingName = `Müller Flugtechnik ${suffix} GmbH`;
  const id = await postCustomer(request, org, { name: existingName, city: "Bremen" });

  await openNewCustomerForm(page);
  await page.getByLabel("Name", { exact: true }).fill(`Mueller Flugtechnik ${suffix}`);
  await page.getByLabel("Phone", { exact: true }).fill("(865) 555-0199");
  await page.getByLabel("City").fill("BREMEN");

  const panel = warning(page);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(existingName);
  await expect(panel).toContainText("Similar name (100%) in the same city");
  await expect(panel).toContainText(/Score \d+/);
  await expect(panel.getByRole("link", { name: `Open ${existingName} in a new tab` })).toHaveAttribute(
    "href",
    `/customers/${id}`,
  );
  await expectNoA11yViolations(page);

  await panel.getByRole("button", { name: `Merge into it (${existingName})` }).click();
  const dialog = page.getByRole("alertdialog", { name: `Merge into ${existingName}?` });
  await expect(dialog.getByRole("definition")).toHaveText(["+18655550199"]);
  await expect(dialog.getByRole("term")).toHaveText(["Phone"]);
  await expectNoA11yViolations(page, { include: "[role=alertdialog]" });
  await dialog.getByRole("button", { name: "Fill and open" }).click();

  await expect(page).toHaveURL(new RegExp(`/customers/${id}$`));
  await expect(page.getByRole("heading", { level: 1, name: existingName })).toBeVisible();
  await expect(page.getByText("+1 865 555 0199")).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: viewports.phone });

  test("the warning fits, and continuing anyway creates the customer", async ({ page, request, org }) => {
    const suffix = uniqueSuffix();
    const domain = `dup-${suffix.toLowerCase()}.test`;
    const existingName = `Skyline Charter ${suffix}`;
    await postCustomer(request, org, { name: existingName, website: `https://www.${domain}/about` });

    await openNewCustomerForm(page);
    const name = `Other Name ${suffix}`;
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Website").fill(domain);

    const panel = warning(page);
    await expect(panel).toContainText(`Same website (${domain})`);
    await expectNoHorizontalScroll(page);
    await expectNoA11yViolations(page);

    await panel.getByRole("button", { name: "Continue anyway" }).click();
    await expect(warning(page)).toHaveCount(0);
    await page.getByRole("button", { name: "Save customer" }).click();
    await expect(page.getByText("Customer created")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  });
});
