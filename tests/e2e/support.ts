// What every e2e spec uses: `test` signed in as the owner of the spec file's own organization (made by
// ./provision.ts, so spec files run in parallel without seeing each other's data), unique test data,
// waiting for hydration, and creating customers through the form or the REST API.
import { readFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import { e2eOrgsDir, type E2eOrg } from "./org-file";

export { expect };

export const test = base.extend<{ org: E2eOrg }>({
  org: async ({}, provide, testInfo) => {
    const port = Number(new URL(testInfo.project.use.baseURL!).port);
    const file = path.join(e2eOrgsDir(port), `${path.basename(testInfo.file, ".spec.ts")}.json`);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      throw new Error(
        `No organization for this spec at ${file}: tests/e2e/provision.ts makes one per spec file when ` +
          `Playwright starts the server (stop a server already running on port ${port}).`,
      );
    }
    await provide(JSON.parse(text) as E2eOrg);
  },
  storageState: async ({ org }, provide) => {
    await provide(org.storageState);
  },
});

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
}

/**
 * Waits until React has hydrated `locator`'s element: a click or keystroke that lands before hydration is
 * lost (or, on a form, submitted natively; typed text is undone as the input's default value is applied
 * again), so every test waits for this after a full page load. The root layout's HydrationMarker sets
 * `<html data-hydrated>` for the shell only; content streamed into a Suspense boundary (a loading.tsx)
 * hydrates after it, so this also waits until React has claimed the element, then for the browser to be
 * idle (React's remaining hydration work, refs and effects done).
 */
export async function expectHydrated(locator: Locator): Promise<void> {
  const page = locator.page();
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  await expect(locator).toBeAttached();
  await expect
    .poll(() => locator.evaluate(isClaimedByReact), { message: "hydrated by React", intervals: [20, 50, 100] })
    .toBe(true);
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })));
}

/** React keeps each hydrated DOM node's props under a `__reactProps$<random>` key. */
function isClaimedByReact(element: Element): boolean {
  return Object.keys(element).some((key) => key.startsWith("__reactProps$"));
}

/** Opens the new-customer form; its Save button is enabled only once the form is hydrated. */
export async function openNewCustomerForm(page: Page) {
  await page.goto("/customers/new");
  await expect(page.getByRole("button", { name: "Save customer" })).toBeEnabled();
}

/** Creates a customer named `name` through the form and lands on its page. */
export async function createCustomer(page: Page, name: string) {
  await openNewCustomerForm(page);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByText("Customer created")).toBeVisible();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
}

/** Creates a customer through the REST API with the organization's key; returns its id. */
export async function postCustomer(request: APIRequestContext, org: E2eOrg, data: Record<string, unknown>) {
  const response = await request.post("/api/v1/customers", { headers: authorization(org), data });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

/** The organization's API key as a request header. */
export function authorization(org: E2eOrg) {
  return { authorization: `Bearer ${org.apiKey}` };
}

/** Sam Staff, signed in in a browser context of their own on the server at `baseURL`. */
export async function staffPage(browser: Browser, baseURL: string, org: E2eOrg): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const signIn = await page.request.post("/api/auth/sign-in/email", {
    data: { email: org.staff.email, password: org.staff.password },
    headers: { Origin: baseURL },
  });
  expect(signIn.ok()).toBe(true);
  return page;
}
