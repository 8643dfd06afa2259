// The customer list's Filters sheet: "has aircraft" and a created-date range narrow the list and are written
// to the URL, a reversed range is refused at its field, chips remove filters one by one or all at once, and a
// detail page's back link returns with the filters — on a laptop and on a phone, axe clean. As the owner.
import type { APIRequestContext } from "@playwright/test";
import { expectNoA11yViolations, expectNoHorizontalScroll, viewports } from "./a11y";
import type { E2eOrg } from "./org-file";
import { authorization, expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";

/** A calendar day `offset` days from today (UTC): ±1 day covers today in any time zone. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Two customers created now, one of them the current owner of a new aircraft; their shared name prefix. */
async function makeCustomers(request: APIRequestContext, org: E2eOrg): Promise<string> {
  const prefix = `Filter ${uniqueSuffix()}`;
  const withAircraft = await postCustomer(request, org, { kind: "company", name: `${prefix} Aero` });
  await postCustomer(request, org, { kind: "company", name: `${prefix} Ground` });
  const registration = `N${100 + Math.floor(Math.random() * 900)}${"QZ"[Math.floor(Math.random() * 2)]}F`;
  const headers = authorization(org);
  const asset = await request.post("/api/v1/assets", {
    headers,
    data: { kind: "aircraft", registration, make: "Piper", model: "PA-28" },
  });
  expect(asset.status(), await asset.text()).toBe(201);
  const assetId = ((await asset.json()) as { data: { id: string } }).data.id;
  const link = await request.post(`/api/v1/assets/${assetId}/customers`, {
    headers,
    data: { customerId: withAircraft },
  });
  expect(link.status(), await link.text()).toBe(201);
  return prefix;
}

// Each test opens the list, a customer's page and the list again; on a loaded machine that takes longer than one page's budget.
test.describe.configure({ timeout: 120_000 });

for (const [device, viewport] of [
  ["laptop", viewports.laptop],
  ["phone", viewports.phone],
] as const) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport });

    test("Filters: has aircraft and a created range narrow the list, chips remove them", async ({
      page,
      request,
      org,
    }) => {
      const prefix = await makeCustomers(request, org);
      await page.goto(`/customers?q=${encodeURIComponent(prefix)}`);
      const table = page.getByRole("table", { name: "Customers" });
      const aero = table.getByRole("link", { name: `${prefix} Aero` });
      const ground = table.getByRole("link", { name: `${prefix} Ground` });
      await expect(ground).toBeVisible();
      await expect(aero).toBeVisible();

      const trigger = page.getByRole("button", { name: /^Filters/ });
      await expectHydrated(trigger);
      await trigger.click();
      const sheet = page.getByRole("dialog", { name: "Filter customers" });
      await expect(sheet).toBeVisible();
      await sheet.getByLabel("Aircraft and vehicles").selectOption("aircraft");
      const created = sheet.getByRole("group", { name: "Created" });
      await created.getByLabel("From").fill(day(2));
      await created.getByLabel("To").fill(day(-2));
      await sheet.getByRole("button", { name: "Apply filters" }).click();
      await expect(created.getByText("The end date must be on or after the start date.")).toBeVisible();
      await expect(created.getByLabel("To")).toHaveAttribute("aria-invalid", "true");
      await expect(page).not.toHaveURL(/asset=/);
      await expectNoA11yViolations(page, { include: '[data-slot="sheet-content"]' });

      await created.getByLabel("From").fill(day(-1));
      await created.getByLabel("To").fill(day(1));
      await expect(created.getByText("The end date must be on or after the start date.")).toHaveCount(0);
      await sheet.getByRole("button", { name: "Apply filters" }).click();
      await expect(sheet).toBeHidden();
      await expect(page).toHaveURL(new RegExp(`createdFrom=${day(-1)}&createdTo=${day(1)}&asset=aircraft$`));
      await expect(ground).toHaveCount(0);
      await expect(aero).toBeVisible();
      await expect(trigger).toContainText("2");

      const chips = page.getByRole("region", { name: "Active filters" });
      const aircraftChip = chips.getByRole("button", { name: "Remove filter: Has aircraft" });
      await expect(aircraftChip).toBeVisible();
      await expect(chips.getByRole("button", { name: /^Remove filter: Created / })).toBeVisible();
      await expectNoA11yViolations(page);
      await expectNoHorizontalScroll(page);

      // A customer's page and its back link: the list comes back filtered.
      await aero.click();
      await expect(page.getByRole("heading", { level: 1, name: `${prefix} Aero` })).toBeVisible();
      await page.getByRole("main").getByRole("link", { name: "Customers", exact: true }).click();
      await expect(page).toHaveURL(/asset=aircraft/);
      await expect(aircraftChip).toBeVisible();

      await expectHydrated(aircraftChip);
      await aircraftChip.click();
      await expect(page).not.toHaveURL(/asset=/);
      await expect(ground).toBeVisible();
      await expect(page).toHaveURL(/createdFrom=/);

      await chips.getByRole("button", { name: "Clear all" }).click();
      await expect(chips).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`/customers\\?q=${encodeURIComponent(prefix).replace(/%20/g, "\\+")}$`));
      await expect(aero).toBeVisible();
    });
  });
}
