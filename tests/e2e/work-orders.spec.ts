// The shop's core flow through the real UI: create a customer, create an aircraft, link the customer
// to it as primary, open a work order for the aircraft — the customer fills itself in — and find
// the customer on the saved work order's detail page and in the work-order list.
import type { Page } from "@playwright/test";
import { createCustomer, expect, expectHydrated, test, uniqueSuffix } from "./support";

async function createAircraft(page: Page, registration: string) {
  await page.goto("/aircraft/new");
  await expect(page.getByRole("button", { name: "Save aircraft" })).toBeEnabled();
  // Typed lower-case with a space: the server stores it normalized.
  await page.getByLabel("Registration").fill(` ${registration.toLowerCase()} `);
  await page.getByLabel("Make").fill("Cessna");
  await page.getByLabel("Model").fill("182T Skylane");
  await page.getByRole("button", { name: "Save aircraft" }).click();
  await expect(page.getByText("Aircraft created")).toBeVisible();
  await expect(page).toHaveURL(/\/aircraft\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(registration) })).toBeVisible();
}

/** Opens the picker, types, and chooses the option whose label contains `text`. */
async function pick(page: Page, label: string, text: string) {
  const trigger = page.getByRole("combobox", { name: label });
  await expectHydrated(trigger);
  await trigger.click();
  await page.getByRole("textbox", { name: `Search ${label.toLowerCase()}` }).fill(text);
  await page.getByRole("option", { name: new RegExp(text) }).click();
  await expect(trigger).toContainText(text);
}

test("a work order for an aircraft takes the aircraft's primary customer", async ({ page }) => {
  const suffix = uniqueSuffix();
  const customerName = `E2E Jetcare ${suffix}`;
  const registration = `N${Math.floor(10000 + Math.random() * 89999)}`;

  await createCustomer(page, customerName);
  await createAircraft(page, registration);

  // Link the customer on the aircraft's Customers tab; the first link becomes primary.
  await page.getByRole("tab", { name: "Customers" }).click();
  await page.getByRole("button", { name: "Link customer" }).click();
  const dialog = page.getByRole("dialog", { name: "Link a customer" });
  await pick(page, "Customer", customerName);
  await dialog.getByRole("button", { name: "Link", exact: true }).click();
  await expect(dialog).toBeHidden();
  const linkRow = page.getByRole("row").filter({ hasText: customerName });
  await expect(linkRow.getByText("Primary")).toBeVisible();

  // New work order: picking the aircraft shows its primary customer at once, read-only.
  await page.goto("/work-orders/new");
  await expect(page.getByRole("button", { name: "Create work order" })).toBeEnabled();
  await pick(page, "Aircraft or vehicle", registration);
  await expect(page.getByRole("link", { name: customerName })).toBeVisible();
  await page.getByLabel("Service center").selectOption({ label: "KTYS · Knoxville – McGhee Tyson" });
  await page.getByLabel("Description / squawks").fill("Annual inspection; left brake soft.");
  await page.getByRole("button", { name: "Create work order" }).click();

  await expect(page.getByText(/^Work order KTYS\d{5}-\d{2}-\d{4} created$/)).toBeVisible();
  await expect(page).toHaveURL(/\/work-orders\/[0-9a-f-]{36}$/);
  const number = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  expect(number).toMatch(/^KTYS\d{5}-\d{2}-\d{4}$/);
  await expect(page.getByRole("link", { name: customerName })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(registration) }).first()).toBeVisible();

  // The list finds it by registration and shows the customer, linked to the customer's page.
  await page.goto("/work-orders");
  const searchBox = page.getByRole("searchbox", { name: "Search work orders" });
  await expectHydrated(searchBox);
  await searchBox.fill(registration);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${registration}`));
  const rows = page.getByRole("table", { name: "Work orders" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole("link", { name: number })).toBeVisible();
  await rows.nth(1).getByRole("link", { name: customerName }).click();
  await expect(page.getByRole("heading", { level: 1, name: customerName })).toBeVisible();

  // And the customer's own Work orders tab lists it.
  await page.getByRole("tab", { name: "Work orders" }).click();
  await expect(page.getByRole("link", { name: number })).toBeVisible();
});
