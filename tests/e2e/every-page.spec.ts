// Every page of the app, signed in as the owner, at every viewport the product is built for: no
// sideways page scroll from 360 px up, and axe finds no serious or critical violation — on the page
// as it loads and on each of its tabs. The routes come from the app directory (./app-routes.ts), so a
// new page is walked without editing this file; a new kind of [id] page needs a way to find an id
// below, and the first test fails until it has one.
import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { expectNoA11yViolations, expectNoHorizontalScroll, viewports } from "./a11y";
import { pageRoutes } from "./app-routes";
import { authorization, expect, expectHydrated, test } from "./support";
import type { E2eOrg } from "./org-file";

type IdFinder = (request: APIRequestContext, org: E2eOrg) => Promise<string>;

async function firstId(request: APIRequestContext, org: E2eOrg, url: string): Promise<string> {
  const response = await request.get(url, { headers: authorization(org) });
  expect(response.status(), url).toBe(200);
  const { data } = (await response.json()) as { data: { id: string }[] };
  expect(data.length, `${url} lists nothing`).toBeGreaterThan(0);
  return data[0]!.id;
}

/** An import of a small file through the REST API, so the import page has one to show. */
async function anImport(request: APIRequestContext, org: E2eOrg): Promise<string> {
  const csv = "Name,Account number,Country\nEvery Page Import GmbH,EVERY-PAGE-1,DE\nBad Row,,Atlantis\n";
  const response = await request.post("/api/v1/imports/customers?filename=every-page.csv", {
    headers: { ...authorization(org), "content-type": "text/csv" },
    data: Buffer.from(csv),
  });
  expect(response.status()).toBe(202);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

/** A webhook endpoint (a host that does not resolve: nothing is ever sent), so its delivery log page opens. */
async function aWebhook(request: APIRequestContext, org: E2eOrg): Promise<string> {
  const response = await request.post("/api/v1/webhooks", {
    headers: authorization(org),
    data: { url: "https://every-page.invalid/hook" },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

// Which record each kind of [id] page shows (the first segment of the route names it).
const idFinders: Record<string, IdFinder> = {
  "/customers/imports": anImport,
  "/settings/webhooks": aWebhook,
  "/customers": (request, org) => firstId(request, org, "/api/v1/customers?perPage=25"),
  "/aircraft": (request, org) => firstId(request, org, "/api/v1/assets?kind=aircraft&perPage=25"),
  "/vehicles": (request, org) => firstId(request, org, "/api/v1/assets?kind=vehicle&perPage=25"),
  "/work-orders": async (_request, org) => org.workOrderId,
};

function finderFor(route: string): IdFinder | undefined {
  const prefix = route.slice(0, route.indexOf("/["));
  return idFinders[prefix];
}

// The signed-in pages; the sign-in pages are walked signed out below.
const routes = pageRoutes("(app)");

test("knows how to open every page", () => {
  expect(routes).toEqual(expect.arrayContaining(["/customers", "/customers/[id]", "/work-orders/new"]));
  const unknown = routes.filter((route) => route.includes("[") && !finderFor(route));
  expect(unknown, "add an id finder for these pages").toEqual([]);
});

/** The page fits every width and is accessible at a phone's and a laptop's. */
async function checkLayout(page: Page, what: string) {
  await page.setViewportSize(viewports.laptop);
  await expectNoA11yViolations(page);
  for (const viewport of [viewports.tablet, viewports.phone, viewports.smallPhone]) {
    await page.setViewportSize(viewport);
    await test.step(`${what} at ${viewport.width} px`, () => expectNoHorizontalScroll(page));
  }
  await page.setViewportSize(viewports.phone);
  await expectNoA11yViolations(page);
  await page.setViewportSize(viewports.laptop);
}

for (const route of routes) {
  test(`${route} fits 360–1280 px and passes axe`, async ({ page, request, org }) => {
    const finder = finderFor(route);
    const url = finder ? route.replace(/\[[^\]]+\]/g, await finder(request, org)) : route;
    await page.setViewportSize(viewports.laptop);
    await page.goto(url);
    await expectHydrated(page.locator("main, body").first());
    await checkLayout(page, url);

    // Each tab of the page (customer, aircraft, vehicle), as a user opens it.
    const tabs = page.getByRole("tab");
    const count = await tabs.count();
    for (let i = 1; i < count; i++) {
      const tab = tabs.nth(i);
      const name = (await tab.textContent())?.trim() ?? String(i);
      await tab.click();
      await expect(tab).toHaveAttribute("aria-selected", "true");
      await page.waitForLoadState("networkidle");
      await checkLayout(page, `${url} tab ${name}`);
    }
  });
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  // An invitation link that names no invitation answers with its own screen.
  const authRoutes = pageRoutes("(auth)");
  test("walks the sign-in pages", () => expect(authRoutes.length).toBeGreaterThanOrEqual(3));

  for (const route of authRoutes) {
    test(`${route} fits 360–1280 px and passes axe signed out`, async ({ page }) => {
      const url = route.replace(/\[[^\]]+\]/g, randomUUID());
      await page.goto(url);
      await expectHydrated(page.locator("body"));
      await checkLayout(page, url);
    });
  }
});
