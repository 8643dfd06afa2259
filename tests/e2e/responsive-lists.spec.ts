// Lists and a customer's tabs from a small phone to a laptop: the key columns show and the rest give way, row
// actions stay in reach on a phone, nothing scrolls sideways, the customers' default columns fit 1280 px,
// selected rows and the open status filter pass axe, overdue work orders say so, and the customers page's
// HTML stays light.
import type { APIRequestContext, Page } from "@playwright/test";
import { expectNoA11yViolations, viewports } from "./a11y";
import { authorization, expect, expectHydrated, test } from "./support";
import type { E2eOrg } from "./org-file";

const lists = [
  { path: "/customers", table: "Customers", key: ["Name", "Status"], later: ["Email", "Owner", "Tier"] },
  { path: "/aircraft", table: "Aircraft", key: ["Registration", "Status"], later: ["Serial", "Home center"] },
  { path: "/vehicles", table: "Vehicles", key: ["Make", "Plate", "Status"], later: ["VIN", "Home center"] },
  { path: "/work-orders", table: "Work orders", key: ["Number", "Status", "Due"], later: ["Customer", "Created"] },
] as const;

/**
 * Nothing in the main content makes the page scroll sideways, and no table needs its own sideways scroll for its
 * default columns (a tab strip may scroll within itself). Scoped to <main>: the header is checked by its own spec.
 */
async function expectMainFits(page: Page) {
  const overflow = await page.locator("main").evaluate((main) => {
    const wide = (element: Element) => element.scrollWidth > element.clientWidth + 1;
    if (wide(main)) return `main is ${main.scrollWidth} px wide in ${main.clientWidth} px`;
    const table = Array.from(main.querySelectorAll("[data-slot=table-container]")).find(wide);
    return table ? `a table is ${table.scrollWidth} px wide in ${table.clientWidth} px` : null;
  });
  expect(overflow, `sticks out sideways on ${page.url()}`).toBeNull();
}

async function openList(page: Page, path: string, table: string) {
  await page.goto(path);
  const grid = page.getByRole("table", { name: table });
  await expectHydrated(grid);
  return grid;
}

interface WorkOrderRef {
  id: string;
  number: string;
  asset: { id: string };
  serviceCenter: { id: string };
  customer: { id: string } | null;
}

/** A seeded work order billed to a customer: its asset, center and customer to build on. */
async function billedWorkOrder(request: APIRequestContext, org: E2eOrg) {
  const response = await request.get("/api/v1/work-orders?perPage=50", { headers: authorization(org) });
  const { data } = (await response.json()) as { data: WorkOrderRef[] };
  const found = data.find((workOrder) => workOrder.customer);
  if (!found?.customer) throw new Error("The seeded organization has no work order with a customer");
  return { assetId: found.asset.id, serviceCenterId: found.serviceCenter.id, customerId: found.customer.id };
}

async function postWorkOrder(
  request: APIRequestContext,
  org: E2eOrg,
  { assetId, serviceCenterId, dueDate }: { assetId: string; serviceCenterId: string; dueDate: string },
) {
  const data = { assetId, serviceCenterId, dueDate };
  const response = await request.post("/api/v1/work-orders", { headers: authorization(org), data });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { data: WorkOrderRef }).data;
}

// Each test opens several pages; on a loaded CI machine that takes longer than one page's budget.
test.describe.configure({ timeout: 120_000 });

test.describe("on a phone", () => {
  test.use({ viewport: viewports.phone });

  test("lists keep their key columns and fit the screen", async ({ page }) => {
    for (const list of lists) {
      const grid = await openList(page, list.path, list.table);
      for (const name of list.key) await expect(grid.getByRole("columnheader", { name })).toBeVisible();
      for (const name of list.later) await expect(grid.getByRole("columnheader", { name })).toBeHidden();
      await expectMainFits(page);
    }
  });

  test("a customer's tabs fit, and a linked aircraft's row actions open and act", async ({ page, request, org }) => {
    const { customerId } = await billedWorkOrder(request, org);
    await page.goto(`/customers/${customerId}?tab=assets`);
    const actions = page.getByRole("button", { name: /^Actions for / }).first();
    await expectHydrated(actions);
    await expect(actions).toBeInViewport();
    await expectMainFits(page);
    await actions.click();
    await page.getByRole("menuitem", { name: "Edit link" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();

    for (const tab of ["Work orders", "Contacts", "Overview"]) {
      await page.getByRole("tab", { name: tab }).click();
      await expect(page.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
      await expectMainFits(page);
    }
  });

  test("overdue work orders say so in the list and on the customer's tab", async ({ page, request, org }) => {
    const billed = await billedWorkOrder(request, org);
    const late = await postWorkOrder(request, org, { ...billed, dueDate: "2020-01-02" });
    const onTime = await postWorkOrder(request, org, { ...billed, dueDate: "2099-12-31" });

    const grid = await openList(page, `/work-orders?q=${late.number}`, "Work orders");
    await expect(grid.getByRole("row").filter({ hasText: late.number }).getByText("Overdue")).toBeVisible();
    await openList(page, `/work-orders?q=${onTime.number}`, "Work orders");
    await expect(grid.getByRole("row").filter({ hasText: onTime.number })).toBeVisible();
    await expect(grid.getByText("Overdue")).toHaveCount(0);

    await page.goto(`/customers/${late.customer?.id ?? billed.customerId}?tab=work-orders`);
    const tab = page.getByRole("table", { name: "Work orders" });
    await expect(tab.getByRole("row").filter({ hasText: late.number }).getByText("Overdue")).toBeVisible();
    await expect(tab.getByRole("row").filter({ hasText: onTime.number }).getByText("Overdue")).toHaveCount(0);
  });
});

test.describe("on a small phone", () => {
  test.use({ viewport: viewports.smallPhone });

  test("lists fit the screen", async ({ page }) => {
    for (const list of lists) {
      await openList(page, list.path, list.table);
      await expectMainFits(page);
    }
  });
});

test.describe("on a tablet", () => {
  test.use({ viewport: viewports.tablet });

  test("lists show more columns and still fit", async ({ page }) => {
    for (const list of lists) {
      const grid = await openList(page, list.path, list.table);
      for (const name of list.key) await expect(grid.getByRole("columnheader", { name })).toBeVisible();
      await expectMainFits(page);
    }
    const customers = await openList(page, "/customers", "Customers");
    await expect(customers.getByRole("columnheader", { name: "Tier" })).toBeVisible();
  });
});

test.describe("on a laptop", () => {
  test.use({ viewport: viewports.laptop });

  test("the customers' default columns all fit without a sideways scroll", async ({ page }) => {
    const grid = await openList(page, "/customers", "Customers");
    const defaults = ["Name", "Account", "Email", "Status", "City", "Tier", "Owner", "Tags", "Last activity"];
    for (const name of defaults) await expect(grid.getByRole("columnheader", { name })).toBeVisible();
    const box = page.locator("[data-slot=table-container]").filter({ has: grid });
    expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    await expectMainFits(page);
  });

  test("a selected row and the open status filter pass axe", async ({ page }) => {
    const grid = await openList(page, "/customers", "Customers");
    await grid
      .getByRole("checkbox", { name: /^Select (?!all)/ })
      .first()
      .check();
    await expect(grid.locator("tr[data-state=selected]")).toHaveCount(1);
    await expectNoA11yViolations(page, { include: "[data-slot=data-table]" });

    await page.getByRole("button", { name: "Filter by Status" }).click();
    await expect(page.getByRole("menu")).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("the customers page's HTML for 25 rows stays under 150 KB", async ({ page, request }) => {
    const response = await request.get("/customers");
    expect(response.status()).toBe(200);
    const bytes = (await response.body()).byteLength;
    const grid = await openList(page, "/customers", "Customers");
    await expect(grid.getByRole("row")).toHaveCount(26);
    expect(bytes).toBeLessThan(150_000);
  });
});
