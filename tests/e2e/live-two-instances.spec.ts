// Live updates across two app instances on one PostgreSQL database (./pg-instances.ts), each with its own
// LISTEN connection: the owner has a customer open on instance B, on a phone, while Sam Staff opens its
// edit form on instance A. B shows Sam "editing", then "Updated by Sam Staff just now" within 2 s of Sam's
// click on Save and the new value within 2 s of the save's confirmation, without a reload; a change through
// B's REST API reaches Sam's page on A the same way; Sam leaving A is gone from B at once.
import path from "node:path";
import { expectNoA11yViolations, expectNoHorizontalScroll, viewports } from "./a11y";
import { withPgInstances, type PgInstances } from "./pg-instances";
import { authorization, test as base, expect, expectHydrated, postCustomer, staffPage, uniqueSuffix } from "./support";

const test = base.extend<object, { instances: PgInstances }>({
  instances: [
    async ({}, provide) => withPgInstances(path.basename(import.meta.filename, ".spec.ts"), provide),
    { scope: "worker", timeout: 120_000 },
  ],
  // Signed in as the owner of the organization provisioned on that database, on instance B.
  org: async ({ instances }, provide) => provide(instances.org),
  baseURL: async ({ instances }, provide) => provide(instances.b),
});

test("a save through instance A reaches the customer page open on instance B within 2 s", async ({
  page,
  browser,
  request,
  org,
  instances,
}) => {
  const name = `E2E Two Instances ${uniqueSuffix()}`;
  const id = await postCustomer(request, org, { name, city: "Knoxville" });
  await page.setViewportSize(viewports.phone);
  await page.goto(`/customers/${id}`);
  await expectHydrated(page.getByRole("heading", { name }));

  const sam = await staffPage(browser, instances.a, org);
  await sam.setViewportSize(viewports.laptop);
  await sam.goto(`/customers/${id}/edit`);
  const city = sam.getByLabel("City");
  await expectHydrated(city);
  const here = page.getByRole("list", { name: "Also here now" });
  await expect(here).toContainText("Sam Staff editing");

  await city.fill("Nashville");
  const clicked = Date.now();
  await sam.getByRole("button", { name: "Save customer" }).click();
  // The change reaches B's browser within 2 s of the click on A (the save included); B then re-renders from
  // the server, without a reload, within 2 s of Sam's save being confirmed (as on one server).
  await expect(page.getByRole("status").filter({ hasText: "Updated by Sam Staff just now." })).toBeVisible({
    timeout: 2_000,
  });
  const noticed = Date.now() - clicked;
  await expect(sam.getByText("Customer updated")).toBeVisible();
  await expect(page.getByText("Nashville").first()).toBeVisible({ timeout: 2_000 });
  console.info(
    `two instances: the notice on B ${noticed} ms, the new value ${Date.now() - clicked} ms after the click on A`,
  );
  await expect(here).toContainText("Sam Staff viewing");
  await expectNoHorizontalScroll(page);
  await expectNoA11yViolations(page);

  // The other way: an integration's change through B's REST API reaches Sam's page on A.
  const patch = await request.patch(`/api/v1/customers/${id}`, {
    headers: authorization(org),
    data: { city: "Memphis" },
  });
  expect(patch.status()).toBe(200);
  await expect(sam.getByText("Memphis").first()).toBeVisible({ timeout: 2_000 });

  // Sam follows a link to the list on A (the page says goodbye): gone from B at once.
  await sam.getByRole("link", { name: "Customers", exact: true }).first().click();
  await expect(sam).toHaveURL(/\/customers$/);
  await expect(here).toHaveCount(0, { timeout: 3_000 });
});
