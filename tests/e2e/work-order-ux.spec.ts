// Work orders where the work happens (issue 11): one Bill to block that names exactly one billed customer
// and why; viewers are never offered as lead technician; the printable work order (snapshot customer,
// asset, signature lines, no app chrome under print media) and its PDF; a customer's "New work order"
// preselects their aircraft; every detail, edit and new route has a loading skeleton of its own.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expectNoA11yViolations, viewports } from "./a11y";
import { authorization, expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";
import type { E2eOrg } from "./org-file";

const registration = () => `N${Math.floor(10_000 + Math.random() * 89_999)}`;

async function postJson(request: APIRequestContext, org: E2eOrg, url: string, data: Record<string, unknown>) {
  const response = await request.post(url, { headers: authorization(org), data });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

/** An aircraft with `owner` as its primary customer and, when given, `operator` linked as well. */
async function aircraftFor(request: APIRequestContext, org: E2eOrg, owner: string, operator?: string) {
  const mark = registration();
  const id = await postJson(request, org, "/api/v1/assets", {
    kind: "aircraft",
    registration: mark,
    make: "Cessna",
    model: "182T",
  });
  await postJson(request, org, `/api/v1/assets/${id}/customers`, { customerId: owner, relationship: "owner" });
  if (operator) {
    await postJson(request, org, `/api/v1/assets/${id}/customers`, {
      customerId: operator,
      relationship: "operator",
      primary: false,
    });
  }
  return { id, registration: mark };
}

/** The page's own content fits the phone (the app header is the shell's concern and has its own test). */
async function expectMainFits(page: Page) {
  const main = page.locator("#main");
  const { scrollWidth, clientWidth } = await main.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth, `#main scrolls sideways on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

async function pickAsset(page: Page, text: string) {
  const trigger = page.getByRole("combobox", { name: "Aircraft or vehicle" });
  await expectHydrated(trigger);
  await trigger.click();
  await page.getByRole("textbox", { name: "Search aircraft or vehicle" }).fill(text);
  await page.getByRole("option", { name: new RegExp(text) }).click();
  await expect(trigger).toContainText(text);
}

test.describe("on a phone", () => {
  test.use({ viewport: viewports.phone });

  test("Bill to names one customer and why; the work order prints and downloads as a PDF", async ({ page, org }) => {
    const suffix = uniqueSuffix();
    const [ownerName, operatorName] = [`Primary Owner ${suffix}`, `Operator Billing ${suffix}`];
    const owner = await postCustomer(page.request, org, { name: ownerName });
    const operator = await postCustomer(page.request, org, {
      name: operatorName,
      phone: "(865) 555-0142",
      addressLine1: "100 Hangar Way",
      city: "Knoxville",
      region: "TN",
      postalCode: "37920",
      country: "US",
    });
    const aircraft = await aircraftFor(page.request, org, owner, operator);

    await page.goto("/work-orders/new");
    await pickAsset(page, aircraft.registration);
    const billed = page.getByRole("status", { name: "Billed customer" });
    await expect(billed).toContainText(ownerName);
    await expect(billed).toContainText("Primary customer of this aircraft");
    await page.getByLabel("Customer to bill").selectOption({ label: `${operatorName} (operator)` });
    await expect(billed).toContainText(operatorName);
    await expect(billed).toContainText("Chosen by you");
    // Never two customers: the primary is gone from the answer once another is chosen.
    await expect(billed).not.toContainText(ownerName);
    await expectNoA11yViolations(page, { include: "#main" });
    await expectMainFits(page);

    await page.getByLabel("Service center").selectOption({ label: "KTYS · Knoxville – McGhee Tyson" });
    await page.getByLabel("Description / squawks").fill("Annual inspection; left brake soft.");
    await page.getByRole("button", { name: "Create work order" }).click();
    await expect(page).toHaveURL(/\/work-orders\/[0-9a-f-]{36}$/);
    const number = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";

    await page.getByRole("link", { name: "Print" }).click();
    await expect(page).toHaveURL(/\/work-orders\/[0-9a-f-]{36}\/print$/);
    const sheet = page.getByRole("article", { name: `Work order ${number}` });
    const billTo = sheet.getByRole("region", { name: "Bill to" });
    await expect(billTo).toContainText(operatorName);
    await expect(billTo).toContainText("100 Hangar Way");
    await expect(billTo).toContainText("Knoxville, TN 37920");
    await expect(billTo).toContainText("+1 865 555 0142");
    await expect(sheet.getByRole("region", { name: "Aircraft" })).toContainText(aircraft.registration);
    await expect(sheet.getByRole("region", { name: "Description / squawks" })).toContainText("left brake soft");
    await expect(sheet.getByRole("region", { name: "Signatures" })).toContainText(/Technician\s*Customer\s*Date/);
    await expect(sheet).toContainText(`E2E ${path.basename(import.meta.filename, ".spec.ts")}`);
    await expectNoA11yViolations(page, { include: "#main" });
    await expectMainFits(page);

    // Printed, only the document remains: no app header, navigation or buttons.
    const banner = page.getByRole("banner").first();
    await expect(banner).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(banner).toBeHidden();
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    await expect(sheet).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${number}.pdf`);
    const pdf = await page.request.get(new URL(download.url()).pathname);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.includes(Buffer.from(number))).toBe(true);
  });

  test("a customer's New work order preselects their only aircraft and bills them", async ({ page, org }) => {
    const name = `Single Aircraft Owner ${uniqueSuffix()}`;
    const customer = await postCustomer(page.request, org, { name });
    const aircraft = await aircraftFor(page.request, org, customer);

    await page.goto(`/customers/${customer}?tab=work-orders`);
    const newWorkOrder = page
      .getByRole("tabpanel", { name: "Work orders" })
      .getByRole("link", { name: "New work order" });
    await expectHydrated(newWorkOrder);
    await newWorkOrder.click();
    await expect(page).toHaveURL(new RegExp(`/work-orders/new\\?customerId=${customer}$`));
    await expect(page.getByRole("combobox", { name: "Aircraft or vehicle" })).toContainText(aircraft.registration);
    await expect(page.getByRole("status", { name: "Billed customer" })).toContainText(name);
    await expect(page.getByText(`${name}'s aircraft and vehicles are listed first.`)).toBeVisible();
  });
});

test("the lead technician list offers staff and owners, never a viewer", async ({ page, org }) => {
  await page.goto("/work-orders/new");
  const lead = page.getByLabel("Lead technician");
  await expectHydrated(lead);
  const options = await lead.locator("option").allTextContents();
  expect(options).toEqual(expect.arrayContaining([org.admin.name, org.staff.name]));
  expect(options).not.toContain(org.viewer.name);
});

test("every record's detail, edit and new page has its own loading skeleton, not a list's", () => {
  const appDir = path.join(import.meta.dirname, "..", "..", "app", "(app)");
  const pages = readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => path.dirname(file))
    .map((dir) => dir.split(path.sep).join("/"))
    .filter((dir) => /^(customers|aircraft|vehicles|work-orders)\/(\[id\]|new)(\/|$)/.test(dir));
  expect(pages).toEqual(expect.arrayContaining(["work-orders/[id]", "work-orders/[id]/edit", "customers/[id]"]));
  const missing = pages.filter((dir) => !existsSync(path.join(appDir, dir, "loading.tsx")));
  expect(missing).toEqual([]);
});
