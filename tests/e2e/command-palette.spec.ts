// The command palette, keyboard only: Ctrl+K or "/" opens it, typing searches the server, arrows and
// Enter open a customer, an aircraft, a vehicle, a work order or an action; Esc returns focus to the
// header's search button. On a phone the header's search button opens it. axe finds nothing serious.
import type { APIRequestContext, Page } from "@playwright/test";
import { computeVinCheckDigit } from "@/lib/assets/vin";
import { expectNoA11yViolations, viewports } from "./a11y";
import type { E2eOrg } from "./org-file";
import { authorization, expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";

const palette = (page: Page) => page.getByRole("dialog", { name: "Search" });
const searchButton = (page: Page) => page.getByRole("button", { name: /^Search/ });

async function openPage(page: Page, path = "/customers") {
  await page.goto(path);
  await expectHydrated(searchButton(page));
}

/** Types `query` into the open palette and waits until `option` is the highlighted entry. */
async function typeAndHighlight(page: Page, query: string, option: string | RegExp) {
  await palette(page).getByRole("combobox").fill(query);
  await expect(palette(page).getByRole("option", { name: option })).toHaveAttribute("aria-selected", "true");
}

async function postAsset(request: APIRequestContext, org: E2eOrg, data: Record<string, unknown>) {
  const response = await request.post("/api/v1/assets", { headers: authorization(org), data });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

function randomVin(): string {
  const chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  const random = (n: number) =>
    Array.from({ length: n }, () => chars[Math.floor(Math.random() * chars.length)]).join("");
  const draft = `1FT${random(5)}0K${random(7)}`;
  return `${draft.slice(0, 8)}${computeVinCheckDigit(draft)}${draft.slice(9)}`;
}

test("Ctrl+K finds a customer by name; arrows move and Enter opens it", async ({ page, request, org }) => {
  const suffix = uniqueSuffix();
  const name = `Palette Aviation ${suffix}`;
  const accountNumber = `PAL-${suffix}`;
  const id = await postCustomer(request, org, { name, accountNumber });
  await postCustomer(request, org, { name: `${name} Holdings` });
  await openPage(page);

  await page.keyboard.press("Control+k");
  await expect(palette(page)).toBeVisible();
  await expect(palette(page).getByRole("combobox")).toBeFocused();
  // Before typing: the actions this role may take.
  await expect(palette(page).getByRole("option", { name: "New work order" })).toBeVisible();

  await typeAndHighlight(page, name.toLowerCase(), new RegExp(`^${name} ${accountNumber}`));
  await expect(palette(page).getByRole("option", { name: `${name} Holdings` })).toBeVisible();
  await expect(palette(page).getByRole("group", { name: "Customers" })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(palette(page).getByRole("option", { name: `${name} Holdings` })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.keyboard.press("ArrowUp");
  await expectNoA11yViolations(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/customers/${id}`);
  await expect(palette(page)).toBeHidden();
});

test("Ctrl+K finds a customer by account number; Esc closes and gives focus back to the search button", async ({
  page,
  request,
  org,
}) => {
  const suffix = uniqueSuffix();
  const name = `Ledger Air ${suffix}`;
  const accountNumber = `LED-${suffix}`;
  await postCustomer(request, org, { name, accountNumber });
  await openPage(page);

  await page.keyboard.press("Control+k");
  await typeAndHighlight(page, accountNumber.toLowerCase(), new RegExp(`^${name} ${accountNumber}`));
  await page.keyboard.press("Escape");
  await expect(palette(page)).toBeHidden();
  await expect(searchButton(page)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(palette(page)).toBeVisible();
  await page.keyboard.press("Control+k");
  await expect(palette(page)).toBeHidden();
});

test("'/' opens the palette except while typing; an aircraft by registration, a vehicle by VIN and by plate", async ({
  page,
  request,
  org,
}) => {
  const suffix = uniqueSuffix();
  const registration = `N${100 + Math.floor(Math.random() * 900)}${"QZ"[Math.floor(Math.random() * 2)]}${"XY"[Math.floor(Math.random() * 2)]}`;
  const vin = randomVin();
  const plate = `QP${suffix.slice(-5)}`;
  const aircraftId = await postAsset(request, org, { kind: "aircraft", registration, make: "Piper", model: "PA-28" });
  const vehicleId = await postAsset(request, org, {
    kind: "vehicle",
    vin,
    licensePlate: plate,
    make: "Ford",
    model: "Transit",
  });

  await openPage(page);
  // Typing "/" into a field is text, not a shortcut.
  const listSearch = page.getByLabel("Search customers");
  await listSearch.click();
  await page.keyboard.type("a/b/");
  await expect(listSearch).toHaveValue("a/b/");
  await expect(palette(page)).toBeHidden();
  await page.getByRole("heading", { level: 1 }).click();

  await page.keyboard.press("/");
  await expect(palette(page)).toBeVisible();
  await typeAndHighlight(page, registration.toLowerCase(), new RegExp(`^${registration}`));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/aircraft/${aircraftId}`);

  await page.keyboard.press("Control+k");
  await typeAndHighlight(page, vin.slice(0, 12).toLowerCase(), new RegExp(vin));
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+k");
  await typeAndHighlight(page, plate.toLowerCase(), new RegExp(vin));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/vehicles/${vehicleId}`);
});

test("a work order by number and an action, by keyboard", async ({ page, request, org }) => {
  const workOrder = await request.get(`/api/v1/work-orders/${org.workOrderId}`, { headers: authorization(org) });
  const { number } = ((await workOrder.json()) as { data: { number: string } }).data;
  await openPage(page, "/work-orders");

  await page.keyboard.press("Control+k");
  await typeAndHighlight(page, number.toLowerCase(), new RegExp(`^${number}`));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/work-orders/${org.workOrderId}`);

  // Actions come after any records the words also match: End moves to the last entry.
  await page.keyboard.press("Control+k");
  await palette(page).getByRole("combobox").fill("new work order");
  await expect(palette(page).getByRole("status")).toHaveText(/found|No customer/);
  await page.keyboard.press("End");
  await expect(palette(page).getByRole("option", { name: "New work order" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/work-orders/new");
});

test.describe("on a phone", () => {
  test.use({ viewport: viewports.phone });

  test("the header's search button opens the palette; a tap on a result opens it", async ({ page, request, org }) => {
    const name = `Pocket Jets ${uniqueSuffix()}`;
    const id = await postCustomer(request, org, { name });
    await openPage(page);
    await searchButton(page).click();
    await expect(palette(page)).toBeVisible();
    // The palette fits the phone's width with a margin on each side.
    const box = (await palette(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(8);
    expect(box.x + box.width).toBeLessThanOrEqual(viewports.phone.width - 8);
    await typeAndHighlight(page, name, name);
    await expectNoA11yViolations(page);
    await palette(page).getByRole("option", { name }).click();
    await expect(page).toHaveURL(`/customers/${id}`);
  });
});
