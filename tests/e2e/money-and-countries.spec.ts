// A German-speaking user (browser in de-DE, Europe/Berlin): the new-customer form renders without a hydration
// error and lists countries by their German names; a euro credit limit reads "25.000,00 €" on the overview and in
// the timeline's change; the timeline's day filter keeps the day's entries.
import type { Page } from "@playwright/test";
import { authorization, expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";

test.use({ locale: "de-DE", timezoneId: "Europe/Berlin" });

/** Every error the page logs or throws (React's hydration error #418 is one), across navigations. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** The first page load reports the browser's locale (components/browser-display-prefs.tsx); wait until it counts. */
async function adoptGerman(page: Page) {
  await page.goto("/customers/new");
  await expect(page.getByRole("combobox", { name: "Country", exact: true })).toContainText("Deutschland");
}

test("the new-customer form hydrates without errors and names countries in German", async ({ page }) => {
  await adoptGerman(page);
  const errors = collectErrors(page);
  await page.reload();
  const country = page.getByRole("combobox", { name: "Country", exact: true });
  await expectHydrated(country);
  await expect(country.getByRole("option", { name: "Schweiz" })).toHaveCount(1);
  await expect(country.getByRole("option", { name: "Vereinigtes Königreich" })).toHaveCount(1);
  // Node and Chromium disagree on this one's name ("Hong Kong SAR China" / "Hong Kong"): the file decides.
  await expect(country.getByRole("option", { name: "Sonderverwaltungsregion Hongkong" })).toHaveCount(1);
  await country.selectOption({ label: "Österreich" });
  await expect(country).toHaveValue("AT");
  expect(errors).toEqual([]);
});

test("a euro credit limit reads the German way on the overview and in the timeline", async ({ page, org }) => {
  await adoptGerman(page);
  const errors = collectErrors(page);
  const id = await postCustomer(page.request, org, {
    name: `E2E Euro ${uniqueSuffix()}`,
    currency: "EUR",
    country: "DE",
  });
  const patched = await page.request.patch(`/api/v1/customers/${id}`, {
    headers: authorization(org),
    data: { creditLimit: "25000.00" },
  });
  expect(patched.status()).toBe(200);

  await page.goto(`/customers/${id}`);
  await expectHydrated(page.getByRole("tab", { name: "Overview" }));
  await expect(page.getByText("25.000,00 €")).toBeVisible();
  await expect(page.getByText("Deutschland").first()).toBeVisible();

  await page.goto(`/customers/${id}?tab=activity`);
  await expectHydrated(page.getByRole("button", { name: "Add to timeline" }));
  const timeline = page.getByRole("list", { name: "Activity" });
  const change = timeline.getByRole("listitem").filter({ hasText: "Show changes" }).first();
  await change.getByText("Show changes").click();
  await expect(change.getByText("Credit limit:")).toBeVisible();
  await expect(change.getByText("25.000,00 €")).toBeVisible();

  // Today's entries stay when the range is today (in the organization's zone, UTC); none are from tomorrow.
  const today = new Date().toISOString().slice(0, 10);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("From", { exact: true }).fill(today);
  await page.getByLabel("To", { exact: true }).fill(today);
  await expect(timeline.getByText("Show changes").first()).toBeVisible();
  await page.getByLabel("From", { exact: true }).fill(tomorrow);
  await page.getByLabel("To", { exact: true }).fill(tomorrow);
  await expect(timeline.getByText("Show changes")).toHaveCount(0);
  expect(errors).toEqual([]);
});
