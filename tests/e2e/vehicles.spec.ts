// Vehicles from every region through the real UI: a European VIN whose (optional) check digit does not
// match is saved with a visible note on the form and the vehicle's page; a German plate is written the
// German way; a North American VIN with a wrong check digit is refused on its field.
import { expect, test } from "./support";

const NOTE =
  "The check digit (9th character) does not match; vehicles built outside North America often don't use one.";

test("a European VIN with a non-matching check digit is saved with a note", async ({ page }) => {
  await page.goto("/vehicles/new");
  const save = page.getByRole("button", { name: "Save vehicle" });
  await expect(save).toBeEnabled();

  // A North American VIN must carry its check digit: refused on the field, with the expected digit.
  await page.getByLabel("VIN").fill("1HGCM82643A004352");
  await save.click();
  await expect(
    page.getByText(/should be 3, not 4: vehicles built in North America always carry one/).first(),
  ).toBeVisible();

  // Volkswagen's European VINs have a Z in position 9: accepted, and the form says why it looks odd.
  await page.getByLabel("VIN").fill("wvwzzz1jzxw000001");
  await expect(
    page.getByText("Valid VIN · Volkswagen car, built in Germany (Europe), model year not encoded"),
  ).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: NOTE })).toBeVisible();
  await page.getByLabel("Make").fill("Volkswagen");
  await page.getByLabel("Model").fill("Golf IV");
  await page.getByLabel("Plate country").selectOption({ label: "Germany" });
  await page.getByLabel("Licence plate").fill("b ab1234");
  await save.click();

  await expect(page.getByText("Vehicle created")).toBeVisible();
  await expect(page).toHaveURL(/\/vehicles\/[0-9a-f-]{36}$/);
  await expect(page.getByText("WVWZZZ1JZXW000001").first()).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: NOTE })).toBeVisible();
  await expect(page.getByText("Germany (Europe)")).toBeVisible();
  await expect(page.getByText("Not reliably encoded in this VIN")).toBeVisible();
  await expect(page.getByText("B-AB 1234 (Germany)")).toBeVisible();
});
