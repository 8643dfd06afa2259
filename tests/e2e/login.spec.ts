// The login form itself, in a signed-out browser: a wrong password is refused, the right one lands
// on the customer list.
import { expect, expectHydrated, test } from "./support";

test.use({ storageState: { cookies: [], origins: [] } });

test("signs in with the login form after a wrong password", async ({ page, org }) => {
  await page.goto("/customers");
  await expect(page).toHaveURL(/\/login/);
  await expectHydrated(page.getByRole("button", { name: "Sign in" }));

  await page.getByLabel("Email").fill(org.admin.email);
  await page.getByLabel("Password").fill("not-the-right-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Invalid email or password." })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Password").fill(org.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/customers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
});
