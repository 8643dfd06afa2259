// The customer list's stat cards, column chooser and saved views, as the organization's owner.
import type { Page } from "@playwright/test";
import { expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";

function stat(page: Page, title: string) {
  return page.getByRole("region", { name: "Customer statistics" }).getByRole("group", { name: title });
}

async function statValue(page: Page, title: string): Promise<string> {
  return (await stat(page, title).locator("p").first().innerText()).trim();
}

async function openList(page: Page, query = "") {
  await page.goto(`/customers${query}`);
  await expectHydrated(page.getByRole("button", { name: /^Views/ }));
}

test("stat cards follow the list's filter, and a status count applies it", async ({ page }) => {
  await openList(page);
  const total = await statValue(page, "Total customers");
  const blocked = stat(page, "Active vs. not active").getByRole("button", { name: /^Blocked / });
  const blockedCount = (await blocked.innerText()).replace("Blocked", "").trim();
  expect(Number(blockedCount.replace(/,/g, ""))).toBeLessThan(Number(total.replace(/,/g, "")));

  await blocked.click();
  await expect(page).toHaveURL(/[?&]status=blocked(&|$)/);
  await expect(blocked).toHaveAttribute("aria-pressed", "true");
  await expect(stat(page, "Total customers").locator("p").first()).toHaveText(blockedCount);
  await expect(page.getByText(new RegExp(`of ${blockedCount}$`))).toBeVisible();
  await expect(stat(page, "Active vs. not active").getByRole("button", { name: /^Active / })).toHaveText("Active 0");

  // Pressed again, it clears the filter.
  await blocked.click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(blocked).toHaveAttribute("aria-pressed", "false");
  await expect(stat(page, "Total customers").locator("p").first()).toHaveText(total);
});

test("hides a column with the column chooser, kept in the URL", async ({ page }) => {
  await openList(page);
  const table = page.getByRole("table", { name: "Customers" });
  await expect(table.getByRole("columnheader", { name: "Email" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Last activity" })).toBeVisible();

  await page.getByRole("button", { name: "Columns", exact: true }).click();
  await page.getByRole("menuitemcheckbox", { name: "Email" }).click();
  await page.keyboard.press("Escape");
  await expect(table.getByRole("columnheader", { name: "Email" })).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]cols=[^&]*name/);
  expect(new URL(page.url()).searchParams.get("cols")).not.toContain("email");

  await page.reload();
  await expect(table.getByRole("columnheader", { name: "Email" })).toHaveCount(0);
  await expect(table.getByRole("columnheader", { name: "Tier" })).toBeVisible();
});

test("the phone column, hidden by default, shows numbers laid out once chosen and after a reload", async ({
  page,
  request,
  org,
}) => {
  const name = `Phone column ${uniqueSuffix()}`;
  await postCustomer(request, org, { name, phone: "(865) 555-0142", country: "US" });
  await openList(page, `?q=${encodeURIComponent(name)}`);
  const table = page.getByRole("table", { name: "Customers" });
  await expect(table.getByRole("columnheader", { name: "Phone" })).toHaveCount(0);

  // Chosen in the browser, the column loads its formatter (libphonenumber-js) on demand.
  await page.getByRole("button", { name: "Columns", exact: true }).click();
  await page.getByRole("menuitemcheckbox", { name: "Phone" }).click();
  await page.keyboard.press("Escape");
  await expect(table.getByRole("cell", { name: "+1 865 555 0142" })).toBeVisible();
  await expect(page).toHaveURL(/[?&]cols=[^&]*phone/);

  // Rendered on the server, the same.
  await page.reload();
  await expect(table.getByRole("cell", { name: "+1 865 555 0142" })).toBeVisible();
});

test("saves a view, resets, and applies it to get the filters and columns back", async ({ page }) => {
  const name = `Inactive by activity ${uniqueSuffix()}`;
  await openList(page, "?status=inactive&sort=-lastActivity&cols=name,status,tier,lastActivity");
  const inactiveTotal = await statValue(page, "Total customers");

  await page.getByRole("button", { name: /^Views/ }).click();
  await page.getByRole("menuitem", { name: "Save current view…" }).click();
  const dialog = page.getByRole("dialog", { name: "Save view" });
  await dialog.getByLabel("View name").fill(name);
  await dialog.getByRole("button", { name: "Save view" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`View "${name}" created`)).toBeVisible();
  // The trigger names the view matching the URL (an earlier run may have saved the same state).
  await expect(page.getByRole("button", { name: /^Views: Inactive by activity / })).toBeVisible();

  await page.getByRole("button", { name: "Reset" }).click();
  await expect(page).not.toHaveURL(/status=inactive/);
  await openList(page);
  await expect(page.getByRole("button", { name: "Views", exact: true })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Customers" }).getByRole("columnheader", { name: "Email" }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Views", exact: true }).click();
  await page.getByRole("menuitem", { name }).click();
  await expect(page).toHaveURL(/status=inactive/);
  await expect(page).toHaveURL(/sort=-lastActivity/);
  await expect(page.getByRole("button", { name: /^Views: Inactive by activity / })).toBeVisible();
  await expect(stat(page, "Total customers").locator("p").first()).toHaveText(inactiveTotal);
  const table = page.getByRole("table", { name: "Customers" });
  await expect(table.getByRole("columnheader", { name: "Email" })).toHaveCount(0);
  await expect(table.getByRole("columnheader", { name: "Last activity" })).toHaveAttribute("aria-sort", "descending");
});
