// Security headers and the nonce CSP in a real browser: the main pages load and hydrate with no CSP
// violation, and pages, API answers (errors included) and static assets carry the headers.
import type { APIRequestContext, Page } from "@playwright/test";
import type { E2eOrg } from "./org-file";
import { authorization, expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";

/** Records every CSP violation the page reports, across navigations, by event and console message. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Refused to|Content[ -]Security[ -]Policy|Permissions-Policy/i.test(message.text()))
      violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Refused to load ${event.blockedURI} (${event.violatedDirective}) on ${location.pathname}`);
    });
  });
  return violations;
}

async function expectNoViolations(page: Page, violations: string[]) {
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
}

async function firstAssetId(request: APIRequestContext, org: E2eOrg): Promise<string> {
  const response = await request.get("/api/v1/assets?kind=aircraft&perPage=1", { headers: authorization(org) });
  expect(response.status()).toBe(200);
  const { data } = (await response.json()) as { data: { id: string }[] };
  expect(data[0]).toBeDefined();
  return data[0]!.id;
}

/** The nonce of a page's CSP header; every script tag in its HTML must carry it. */
function scriptNonce(policy: string): string {
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeDefined();
  return nonce!;
}

function expectStaticHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  // Served over http here (BETTER_AUTH_URL is http), so no HSTS whatever a client claims.
  expect(headers["strict-transport-security"]).toBeUndefined();
}

test.describe("under the CSP, with no violation", () => {
  test("the customer list", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/customers");
    await expect(page.getByRole("table", { name: "Customers" })).toBeVisible();
    await expectHydrated(page.getByRole("link", { name: "Add customer" }));
    await page.getByRole("button", { name: "Account menu for Avery Admin" }).click();
    await expect(page.getByRole("menu")).toBeVisible();
    await expectNoViolations(page, violations);
  });

  test("a customer's detail tabs and edit form", async ({ page, org }) => {
    const violations = await watchViolations(page);
    const customerId = await postCustomer(page.request, org, { name: `E2E CSP ${uniqueSuffix()}` });
    await page.goto(`/customers/${customerId}`);
    await expectHydrated(page.getByRole("tab", { name: "Contacts" }));
    for (const tab of ["Aircraft & vehicles", "Work orders", "Contacts", "Activity"]) {
      await page.getByRole("tab", { name: tab }).click();
      await expect(page.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
    }
    await page.goto(`/customers/${customerId}/edit`);
    await expect(page.getByRole("button", { name: "Save customer" })).toBeEnabled();
    await expectNoViolations(page, violations);
  });

  test("the import wizard", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/customers/import");
    await expectHydrated(page.getByLabel("Choose file"));
    await expectNoViolations(page, violations);
  });

  test("an aircraft and the work orders", async ({ page, org }) => {
    const violations = await watchViolations(page);
    await page.goto(`/aircraft/${await firstAssetId(page.request, org)}`);
    await expectHydrated(page.getByRole("tab", { name: "Customers" }));
    await page.goto("/work-orders");
    await expect(page.getByRole("heading", { level: 1, name: "Work orders" })).toBeVisible();
    await expectNoViolations(page, violations);
  });

  test("the settings", async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of [
      "/settings/users",
      "/settings/api-keys",
      "/settings/customer-tiers",
      "/settings/service-centers",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    }
    await expectHydrated(page.getByRole("button", { name: "Account menu for Avery Admin" }));
    await expectNoViolations(page, violations);
  });

  test("the API reference", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/api-docs");
    await expect(page.getByRole("heading", { level: 1, name: /Customer Hub API/ })).toBeVisible();
    await expectHydrated(page.getByRole("button", { name: "Account menu for Avery Admin" }));
    await expectNoViolations(page, violations);
  });

  test("a page that exists nowhere (the built-in 404 renders per request too)", async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expectNoViolations(page, violations);
  });
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the login page hydrates and validates under the CSP", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/login");
    await expectHydrated(page.getByRole("button", { name: "Sign in" }));
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/login/);
    await expectNoViolations(page, violations);
  });

  test("a signed-out redirect carries the headers too", async ({ request }) => {
    const response = await request.get("/customers", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expectStaticHeaders(response.headers());
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  test("API answers, errors and static assets carry the headers", async ({ page, request, org }) => {
    const answers = [
      await request.get("/api/v1/customers?perPage=1", { headers: authorization(org) }),
      await request.get("/api/v1/customers"),
      await request.get(`/api/v1/customers/${crypto.randomUUID()}`, { headers: authorization(org) }),
      await request.get("/api/v1/openapi.json"),
      await request.get("/api/auth/get-session"),
      // A client claiming https does not get HSTS: the protocol comes from the configured public URL.
      await request.get("/api/auth/get-session", { headers: { "x-forwarded-proto": "https" } }),
    ];
    expect(answers.map((answer) => answer.status())).toEqual([200, 401, 404, 200, 200, 200]);
    for (const answer of answers) {
      const headers = answer.headers();
      expectStaticHeaders(headers);
      expect(headers["content-security-policy"]).toBe(
        "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      );
    }

    await page.goto("/login");
    const asset = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    expect(asset).toBeTruthy();
    const assetResponse = await request.get(asset!);
    expect(assetResponse.status()).toBe(200);
    expect(assetResponse.headers()["x-content-type-options"]).toBe("nosniff");
  });
});

test("a page carries a fresh script nonce on every script tag and the security headers", async ({ page }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await page.request.get("/customers");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expectStaticHeaders(headers);
    const policy = headers["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(policy).not.toContain("unsafe-eval");
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
    const nonce = scriptNonce(policy);
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});
