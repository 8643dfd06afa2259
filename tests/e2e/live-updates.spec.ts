// Live updates and presence between two members of one organization, each in a browser of their own: the
// owner has a customer open while Sam Staff edits it — the owner sees Sam "editing", then "Updated by Sam
// Staff just now" and the new value within 2 s of the save, without reloading; Sam's avatar goes when Sam
// leaves (at once) or closes the browser (within ~30 s). A form with unsaved input is never refreshed: it
// says so, keeps the input, and saving it meets the conflict banner.
import { expectNoA11yViolations, viewports } from "./a11y";
import { authorization, expect, expectHydrated, postCustomer, staffPage, test, uniqueSuffix } from "./support";

test("a customer page shows who else is here and another member's save within 2 s", async ({
  page,
  browser,
  baseURL,
  request,
  org,
}) => {
  test.setTimeout(120_000);
  const name = `E2E Live ${uniqueSuffix()}`;
  const id = await postCustomer(request, org, { name, city: "Knoxville" });
  await page.setViewportSize(viewports.laptop);
  await page.goto(`/customers/${id}`);
  await expectHydrated(page.getByRole("heading", { name }));

  const sam = await staffPage(browser, baseURL!, org);
  await sam.setViewportSize(viewports.laptop);
  await sam.goto(`/customers/${id}/edit`);
  const city = sam.getByLabel("City");
  await expectHydrated(city);

  const here = page.getByRole("list", { name: "Also here now" });
  await expect(here).toContainText("Sam Staff editing");
  await expect(here.getByRole("listitem")).toHaveCount(1);

  await city.fill("Nashville");
  await sam.getByRole("button", { name: "Save customer" }).click();
  await expect(sam.getByText("Customer updated")).toBeVisible();
  // Within 2 s of Sam's save, without a reload: the notice and the new value.
  await expect(page.getByRole("status").filter({ hasText: "Updated by Sam Staff just now." })).toBeVisible({
    timeout: 2_000,
  });
  await expect(page.getByText("Nashville").first()).toBeVisible({ timeout: 2_000 });
  // Sam is on the customer's page now: viewing.
  await expect(here).toContainText("Sam Staff viewing");
  await expectNoA11yViolations(page);
  await page.setViewportSize(viewports.phone);
  await expect(here).toBeVisible();
  await expectNoA11yViolations(page);

  // Sam follows a link to the list (in-app navigation, the page says goodbye): gone at once.
  await sam.getByRole("link", { name: "Customers", exact: true }).first().click();
  await expect(sam).toHaveURL(/\/customers$/);
  await expect(here).toHaveCount(0, { timeout: 3_000 });

  // Sam comes back, then closes the browser without leaving: gone within ~30 s (no more heartbeats).
  await sam.goto(`/customers/${id}`);
  await expect(here).toContainText("Sam Staff viewing");
  await sam.context().close();
  await expect(here).toHaveCount(0, { timeout: 35_000 });
});

test("an edit form with unsaved input keeps it, says so, and saving meets the conflict banner", async ({
  page,
  request,
  org,
}) => {
  const name = `E2E Live Edit ${uniqueSuffix()}`;
  const id = await postCustomer(request, org, { name, city: "Knoxville" });
  await page.setViewportSize(viewports.phone);
  await page.goto(`/customers/${id}/edit`);
  const city = page.getByLabel("City");
  await expectHydrated(city);
  await city.fill("Chattanooga");

  // Someone else (an integration, through the REST API) changes the customer meanwhile.
  const patch = await request.patch(`/api/v1/customers/${id}`, {
    headers: authorization(org),
    data: { city: "Memphis" },
  });
  expect(patch.status()).toBe(200);
  await expect(
    page.getByRole("status").filter({ hasText: /Updated by .+ just now\. Your unsaved changes are kept/ }),
  ).toBeVisible({
    timeout: 2_000,
  });
  await expect(city).toHaveValue("Chattanooga");
  await expectNoA11yViolations(page);

  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "changed by someone else" })).toBeVisible();
  await expect(city).toHaveValue("Chattanooga");
});
