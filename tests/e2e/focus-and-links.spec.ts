// An aircraft's customers through the real UI: the Details tab names the primary customer; the link
// picker offers only customers not linked yet, passes axe while open and shows where focus is; and
// after Set as primary, Escape from a row dialog, or Unlink, focus is on a row's "…" button, not <body>.
import type { APIRequestContext } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { authorization, expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";
import type { E2eOrg } from "./org-file";

async function postAircraft(request: APIRequestContext, org: E2eOrg, registration: string) {
  const response = await request.post("/api/v1/assets", {
    headers: authorization(org),
    data: { kind: "aircraft", registration, make: "Piper", model: "PA-28" },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

async function postLink(request: APIRequestContext, org: E2eOrg, assetId: string, customerId: string) {
  const response = await request.post(`/api/v1/assets/${assetId}/customers`, {
    headers: authorization(org),
    data: { customerId },
  });
  expect(response.status()).toBe(201);
}

/** An aircraft linked to Alpha (primary) and Bravo, and Charlie not linked; all named with a unique tag. */
async function setUp(request: APIRequestContext, org: E2eOrg) {
  const tag = uniqueSuffix();
  const names = [`Focus ${tag} Alpha`, `Focus ${tag} Bravo`, `Focus ${tag} Charlie`] as const;
  const ids = await Promise.all(names.map((name) => postCustomer(request, org, { name })));
  const assetId = await postAircraft(request, org, `N${Math.floor(10000 + Math.random() * 89999)}`);
  await postLink(request, org, assetId, ids[0]!);
  await postLink(request, org, assetId, ids[1]!);
  return { tag, names, ids, assetId };
}

test("Details names the primary customer; the picker offers only customers not linked yet", async ({
  page,
  request,
  org,
}) => {
  const { tag, names, ids, assetId } = await setUp(request, org);
  const [first, , free] = names;

  // Details names the primary customer (the first current link), linked to its page.
  await page.goto(`/aircraft/${assetId}`);
  await expect(page.getByRole("link", { name: first }).first()).toHaveAttribute("href", `/customers/${ids[0]}`);

  // The picker offers only the customer not linked yet.
  await page.goto(`/aircraft/${assetId}?tab=customers`);
  const linkButton = page.getByRole("button", { name: "Link customer" });
  await expectHydrated(linkButton);
  await linkButton.click();
  const dialog = page.getByRole("dialog", { name: "Link a customer" });
  await dialog.getByRole("combobox", { name: "Customer" }).click();
  const search = page.getByRole("textbox", { name: "Search customer" });
  await expect(search).toBeFocused();
  // The search row draws a ring while its box has focus.
  await expect(search.locator("..")).not.toHaveCSS("box-shadow", "none");
  await search.fill(`Focus ${tag}`);
  const picker = page.getByRole("dialog", { name: "Customer", exact: true });
  await expect(picker.getByRole("option")).toHaveCount(1);
  await expect(picker.getByRole("option", { name: new RegExp(free) })).toBeVisible();
  await expectNoA11yViolations(page, { include: "[data-slot=popover-content]" });
  await page.keyboard.press("Escape");
  await expect(picker).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("focus stays on the row after Set as primary, Escape and Unlink", async ({ page, request, org }) => {
  const { names, assetId } = await setUp(request, org);
  const [first, second] = names;
  await page.goto(`/aircraft/${assetId}?tab=customers`);
  const linkButton = page.getByRole("button", { name: "Link customer" });
  await expectHydrated(linkButton);

  const menu = (name: string) => page.getByRole("button", { name: `Actions for ${name}` });

  // Set as primary: the row moves to the top, focus stays on its menu button.
  await menu(second).click();
  await page.getByRole("menuitem", { name: "Set as primary" }).click();
  await expect(page.getByText(`${second} is now primary`)).toBeVisible();
  await expect(page.getByRole("row").nth(1)).toContainText(second);
  await expect(menu(second)).toBeFocused();

  // Escape from the row's Edit dialog and from its Unlink confirmation: back on the menu button.
  await menu(first).click();
  await page.getByRole("menuitem", { name: "Edit link" }).click();
  await expect(page.getByRole("dialog", { name: `Edit link to ${first}` })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu(first)).toBeFocused();
  await menu(first).click();
  await page.getByRole("menuitem", { name: "Unlink" }).click();
  await expect(page.getByRole("alertdialog", { name: `Unlink ${first}?` })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu(first)).toBeFocused();

  // Unlink: the row is gone, focus moves to the remaining row's menu button.
  await menu(first).click();
  await page.getByRole("menuitem", { name: "Unlink" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Unlink" }).click();
  await expect(page.getByText("Link removed")).toBeVisible();
  await expect(menu(first)).toHaveCount(0);
  await expect(menu(second)).toBeFocused();

  // Unlinking the last one leaves the tab's "Link customer" button focused.
  await menu(second).click();
  await page.getByRole("menuitem", { name: "Unlink" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Unlink" }).click();
  await expect(page.getByText("No customers are linked yet", { exact: false })).toBeVisible();
  await expect(linkButton).toBeFocused();

  // And Details says there is no primary customer now.
  await page.getByRole("tab", { name: "Details" }).click();
  await expect(page.getByText("No primary customer")).toBeVisible();
});
