// The app shell on the product's screens: below `md` the navigation and the organization are in the
// Main menu button's sheet; the account menu, a named logo link and the skip link are there at every width;
// the header never makes the page wider than the screen; focus follows navigation to the new page's
// heading; detail and edit pages show breadcrumbs; the signed-out pages have a heading.
import type { Page } from "@playwright/test";
import { expectNoA11yViolations, expectNoHorizontalScroll, viewports } from "./a11y";
import { expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";

const accountMenu = (page: Page) => page.getByRole("button", { name: /^Account menu for / });

/** Nothing in the header (or in the breadcrumbs, when there are some) reaches past the screen's edge. */
async function expectShellFits(page: Page) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const parts = Array.from(document.querySelectorAll("header, header *, nav[aria-label=Breadcrumb] *"));
    return parts
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 60)}`);
  });
  expect(overflow, `header parts past the right edge on ${page.url()}`).toEqual([]);
}

async function expectHeadingFocused(page: Page, name: string) {
  // A loaded machine may take a while to stream the page in after its skeleton.
  await expect(page.getByRole("heading", { level: 1, name })).toBeFocused({ timeout: 20_000 });
}

test.describe("on a phone", () => {
  test.use({ viewport: viewports.phone });

  test("the Main menu button opens the navigation in a sheet, whose links navigate and close it", async ({ page }) => {
    await page.goto("/customers");
    const menu = page.getByRole("button", { name: "Main menu", exact: true });
    await expectHydrated(menu);
    await expect(page.getByRole("link", { name: "Customer Hub" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(accountMenu(page)).toBeInViewport({ ratio: 1 });
    await expectShellFits(page);

    await menu.click();
    const sheet = page.getByRole("dialog", { name: "Customer Hub" });
    await expect(sheet.getByText("Organization", { exact: true })).toBeVisible();
    await expect(sheet.getByRole("link", { name: "Customers" })).toHaveAttribute("aria-current", "page");
    await expectNoA11yViolations(page, { include: "[role=dialog]" });
    await sheet.getByRole("link", { name: "Vehicles" }).click();
    await expect(page).toHaveURL(/\/vehicles$/);
    await expect(sheet).toBeHidden();
    await expectHeadingFocused(page, "Vehicles");

    // Settings is there too; Escape closes the sheet and hands focus back to the button.
    await menu.click();
    await expect(sheet.getByRole("link", { name: "Vehicles" })).toHaveAttribute("aria-current", "page");
    await expect(sheet.getByRole("link", { name: "Settings" })).toHaveAttribute("href", /^\/settings\//);
    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();
    await expect(menu).toBeFocused();
  });

  test("the skip link comes first and moves to the page; the account menu opens", async ({ page }) => {
    await page.goto("/customers");
    await expectHydrated(accountMenu(page));
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();

    await accountMenu(page).click();
    const menu = page.getByRole("menu");
    await expect(menu.getByRole("menuitem", { name: "Sign out" })).toBeInViewport();
    await expectNoA11yViolations(page, { include: "[role=menu]" });
  });
});

test.describe("on a small phone", () => {
  test.use({ viewport: viewports.smallPhone });

  test("the header and a long breadcrumb fit; the detail page does not scroll sideways", async ({ page, org }) => {
    const name = `E2E Shell Northwestern Regional Aviation Maintenance Cooperative ${uniqueSuffix()}`;
    const id = await postCustomer(page.request, org, { name });
    await page.goto(`/customers/${id}/edit`);
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expectHydrated(crumbs.getByRole("link", { name: "Customers" }));
    await expect(crumbs.getByRole("link", { name })).toBeVisible();
    await expect(crumbs.getByText("Edit", { exact: true })).toBeInViewport({ ratio: 1 });
    await expectShellFits(page);

    await page.goto(`/customers/${id}`);
    await expectHydrated(page.getByRole("button", { name: "Main menu", exact: true }));
    await expectShellFits(page);
    await expectNoHorizontalScroll(page);
  });
});

test.describe("on a tablet", () => {
  test.use({ viewport: viewports.tablet });

  test("the navigation sits in the header and focus follows it to the new page", async ({ page }) => {
    await page.goto("/customers");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expectHydrated(nav.getByRole("link", { name: "Work orders" }));
    await expect(page.getByRole("button", { name: "Main menu", exact: true })).toBeHidden();
    await expect(nav.getByRole("link", { name: "Settings" })).toBeInViewport({ ratio: 1 });
    await expect(accountMenu(page)).toBeInViewport({ ratio: 1 });
    await expectShellFits(page);
    await expectNoA11yViolations(page, { include: "header" });

    await nav.getByRole("link", { name: "Work orders" }).click();
    await expect(page).toHaveURL(/\/work-orders$/);
    await expectHeadingFocused(page, "Work orders");
  });
});

test.describe("on a laptop", () => {
  test.use({ viewport: viewports.laptop });

  test("detail and edit pages show breadcrumbs back to the list and the record", async ({ page, org }) => {
    const name = `E2E Shell Crumbs ${uniqueSuffix()}`;
    const id = await postCustomer(page.request, org, { name });
    await page.goto(`/customers/${id}`);
    let crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expectHydrated(crumbs);
    await expect(crumbs.getByRole("listitem")).toHaveText(["Customers", name]);
    await expect(crumbs.getByText(name)).toHaveAttribute("aria-current", "page");
    await expectShellFits(page);

    await page.getByRole("link", { name: "Edit" }).click();
    await expect(page).toHaveURL(/\/edit$/);
    await expectHeadingFocused(page, "Edit customer");
    crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("listitem")).toHaveText(["Customers", name, "Edit"]);
    await expect(crumbs.getByRole("link", { name })).toHaveAttribute("href", `/customers/${id}`);
    await crumbs.getByRole("link", { name: "Customers" }).click();
    await expect(page).toHaveURL(/\/customers$/);
    await expectHeadingFocused(page, "Customers");

    // A search (only the query changes) leaves focus in the search box.
    const search = page.getByRole("searchbox", { name: "Search customers" });
    await search.fill(name);
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(search).toBeFocused();

    await page.goto(`/work-orders/${org.workOrderId}`);
    crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expectHydrated(crumbs);
    await expect(crumbs.getByRole("link")).toHaveCount(1);
    await expect(crumbs.getByRole("link", { name: "Work orders" })).toHaveAttribute("href", "/work-orders");
    const number = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    await expect(crumbs.getByText(number)).toHaveAttribute("aria-current", "page");
    await expectNoA11yViolations(page, { include: "nav[aria-label=Breadcrumb]" });
  });
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] }, viewport: viewports.phone });

  test("the login page has its heading and no accessibility violation", async ({ page }) => {
    await page.goto("/login");
    await expectHydrated(page.getByRole("button", { name: "Sign in" }));
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expectNoA11yViolations(page);
    await expectNoHorizontalScroll(page);
  });
});
