// Visibility mode (Settings → Privacy): the owner switches to "Staff see their own customers and those shared
// with them", a staff member sees another customer with limited details (masked, with whom to ask), the owner
// shares it with them from the customer's page, and the staff member then sees its full details.
import type { Page } from "@playwright/test";
import { expectNoA11yViolations, viewports } from "./a11y";
import { expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";

const limitedMode = "Staff see their own customers and those shared with them";
const everyoneMode = "Everyone in the organization sees every customer";

/** Chooses a visibility mode and saves it (nothing to save when it is already the stored one). */
async function chooseMode(page: Page, label: string) {
  await page.goto("/settings/privacy");
  const radio = page.getByRole("radio", { name: label });
  await expectHydrated(radio);
  if (await radio.isChecked()) return;
  await radio.check();
  await page.getByRole("button", { name: "Save visibility" }).click();
  await expect(page.getByText("Visibility saved")).toBeVisible();
}

test("staff see another's customer with limited details until it is shared with them", async ({
  page,
  browser,
  baseURL,
  request,
  org,
}) => {
  const suffix = uniqueSuffix();
  const name = `E2E Visibility ${suffix}`;
  const email = `vis-${suffix.toLowerCase()}@example.com`;
  const masked = `v•••@example.com`;
  const id = await postCustomer(request, org, { name, email, city: "Knoxville", phone: "+18655550142" });

  await page.setViewportSize(viewports.laptop);
  await chooseMode(page, limitedMode);
  await expect(page.getByRole("radio", { name: limitedMode })).toBeChecked();
  await expectNoA11yViolations(page);

  // Sam Staff, in a browser of their own.
  const staffContext = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const staff = await staffContext.newPage();
  await staff.setViewportSize(viewports.laptop);
  const signIn = await staff.request.post("/api/auth/sign-in/email", {
    data: { email: org.staff.email, password: org.staff.password },
    headers: { Origin: baseURL! },
  });
  expect(signIn.ok()).toBe(true);
  await staff.goto(`/customers/${id}`);
  const notice = staff.getByRole("note").filter({ hasText: "Limited details — not your customer." });
  await expectHydrated(notice);
  await expect(staff.getByRole("heading", { name })).toBeVisible();
  await expect(staff.getByText(masked)).toBeVisible();
  await expect(staff.getByText(email)).toHaveCount(0);
  await expect(staff.getByText("Knoxville").first()).toBeVisible();
  await expect(staff.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expectNoA11yViolations(staff);

  // The owner shares it with Sam Staff from the customer's Sharing card.
  await page.goto(`/customers/${id}`);
  const share = page.getByRole("button", { name: "Share", exact: true });
  await expectHydrated(share);
  await share.click();
  const dialog = page.getByRole("dialog", { name: "Share customer" });
  await dialog.getByLabel("Share with").selectOption({ label: "Sam Staff" });
  await expectNoA11yViolations(page, { include: '[role="dialog"]' });
  await dialog.getByRole("button", { name: "Share" }).click();
  await expect(page.getByText("Customer shared")).toBeVisible();
  await expect(page.getByRole("list", { name: "Shares" })).toContainText("Sam Staff");

  await staff.reload();
  await expectHydrated(staff.getByRole("heading", { name }));
  await expect(staff.getByText(email)).toBeVisible();
  await expect(staff.getByRole("note").filter({ hasText: "Limited details" })).toHaveCount(0);
  await expect(staff.getByRole("link", { name: "Edit" })).toBeVisible();
  await staffContext.close();

  // Back to the default, so other runs of this spec start from it.
  await chooseMode(page, everyoneMode);
});
