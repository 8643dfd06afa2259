// The checks both time-zone-*.spec.ts files run with their browser's zone and locale: the owner
// (fresh, no zone chosen) gets the browser's zone on first sign-in, the known work order's moment shows in
// local time and its due date on the same day everywhere, and every page renders without a console error
// (React's hydration errors #418/#423/#425 included).
import type { Page } from "@playwright/test";
import { timeProbe, type E2eOrg } from "./org-file";
import { expect, expectHydrated, test } from "./support";

export interface Expected {
  /** The browser's zone, as the preferences page shows it. */
  timeZone: string;
  /** `timeProbe.createdAt` as the work order's "Created" reads in that zone and locale. */
  created: string;
  /** `timeProbe.dueDate` as "Due" reads in that locale. */
  due: string;
}

/** Fails the test on any console error or uncaught exception, on every page it opens. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

const detail = (page: Page, label: string) =>
  page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");

/** The first link in the main area to a record page under `prefix` (`/aircraft/<uuid>`). */
async function firstRecordHref(page: Page, prefix: string): Promise<string> {
  await page.goto(prefix);
  const pattern = new RegExp(`^${prefix}/[0-9a-f-]{36}(?=$|\\?)`);
  await expect(page.locator(`main a[href^="${prefix}/"]`).first()).toBeAttached();
  const hrefs = await page
    .locator(`main a[href^="${prefix}/"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.map((candidate) => pattern.exec(candidate)?.[0]).find(Boolean);
  expect(href, `a record link on ${prefix}`).toBeTruthy();
  return href!;
}

/** The browser's zone is taken on first sign-in; times show in it, due dates on their day. */
export async function expectBrowserZone(page: Page, org: E2eOrg, expected: Expected) {
  const errors = watchErrors(page);
  await page.goto(`/work-orders/${org.workOrderId}`);
  await expectHydrated(page.getByRole("heading", { level: 1 }));
  // The first page renders with the organization's default (UTC) and refreshes once the zone is saved.
  await expect(detail(page, "Created")).toHaveText(expected.created);
  await expect(detail(page, "Due")).toHaveText(expected.due);
  await expect(detail(page, "Due").locator("time")).toHaveAttribute("datetime", timeProbe.dueDate);

  await page.goto("/settings/preferences");
  await expectHydrated(page.getByRole("combobox", { name: "Time zone" }));
  await expect(page.getByRole("combobox", { name: "Time zone" })).toContainText(expected.timeZone.replaceAll("_", " "));
  expect(errors).toEqual([]);
}

/** Every page renders without a console error or exception in this zone and locale. */
export async function expectCleanPages(page: Page, org: E2eOrg, expected: Expected) {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.goto(`/work-orders/${org.workOrderId}`);
  await expect(detail(page, "Created")).toHaveText(expected.created);
  const customer = await firstRecordHref(page, "/customers");
  const aircraft = await firstRecordHref(page, "/aircraft");
  const vehicle = await firstRecordHref(page, "/vehicles");
  const workOrder = `/work-orders/${org.workOrderId}`;
  const paths = [
    "/customers",
    "/customers?cols=name,status,lastActivity,createdAt,updatedAt",
    "/customers/new",
    customer,
    ...["assets", "work-orders", "contacts", "activity"].map((tab) => `${customer}?tab=${tab}`),
    `${customer}/edit`,
    "/customers/import",
    "/aircraft",
    aircraft,
    `${aircraft}?tab=customers`,
    "/vehicles",
    vehicle,
    "/work-orders",
    "/work-orders/new",
    workOrder,
    `${workOrder}/edit`,
    "/settings/users",
    "/settings/api-keys",
    "/settings/service-centers",
    "/settings/customer-tiers",
    "/settings/organization",
    "/settings/preferences",
    "/api-docs",
  ];
  for (const path of paths) {
    await page.goto(path);
    await expectHydrated(page.locator("body"));
    // Streamed sections hydrate after the shell: let them arrive before judging the page.
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
}
