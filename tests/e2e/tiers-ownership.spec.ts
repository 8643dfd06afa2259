// Tiers and ownership as the organization's owner: add a tier in Settings, assign it on the customer form (the
// discount change is shown, and confirmed, before saving) and see its badge in the list; then transfer ownership to
// the staff user and see the transfer in the customer's ownership history.
import type { Page } from "@playwright/test";
import { createCustomer, expect, expectHydrated, test, uniqueSuffix } from "./support";

async function addTier(page: Page, name: string) {
  await page.goto("/settings/customer-tiers");
  const add = page.getByRole("button", { name: "Add tier" });
  await expectHydrated(add);
  await add.click();
  const dialog = page.getByRole("dialog", { name: "Add tier" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Level").fill("2");
  await dialog.getByLabel("Discount (%)").fill("12.5");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("12.50%");
}

test("assigns a tier on a customer and shows its badge in the list", async ({ page }) => {
  const suffix = uniqueSuffix();
  const tier = `Onyx ${suffix}`;
  const name = `E2E Tiered ${suffix}`;
  await addTier(page, tier);
  await createCustomer(page, name);

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("button", { name: "Save customer" })).toBeEnabled();
  await page.getByLabel("Tier", { exact: true }).selectOption({ label: `${tier} (12.50%)` });
  await expect(page.getByRole("status").filter({ hasText: "Discount 0.00% → 12.50%" })).toBeVisible();
  await page.getByRole("button", { name: "Save customer" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Change this customer's tier?" });
  await expect(confirm).toContainText(`No tier → ${tier}. Discount: 0.00% → 12.50%`);
  await confirm.getByRole("button", { name: "Change tier and save" }).click();
  await expect(page.getByText("Customer updated")).toBeVisible();
  await expect(page.getByText("12.50% discount")).toBeVisible();

  // The timeline names the tier, not its id.
  await page.goto(`${new URL(page.url()).pathname}?tab=activity`);
  const change = page
    .getByRole("list", { name: "Activity" })
    .getByRole("listitem")
    .filter({ hasText: "Customer details updated" })
    .last();
  await expectHydrated(change.getByText("Show changes"));
  await change.getByText("Show changes").click();
  await expect(change.getByText("Tier:")).toBeVisible();
  await expect(change.getByText(tier, { exact: true })).toBeVisible();

  await page.goto(`/customers?q=${encodeURIComponent(name)}`);
  const row = page.getByRole("table", { name: "Customers" }).getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(tier);
  await expect(row).toContainText("Avery Admin");
});

test("transfers ownership and shows it in the history", async ({ page, org }) => {
  const name = `E2E Owned ${uniqueSuffix()}`;
  await createCustomer(page, name);

  const transfer = page.getByRole("button", { name: "Transfer ownership" });
  await expectHydrated(transfer);
  await transfer.click();
  const dialog = page.getByRole("dialog", { name: "Transfer ownership" });
  await dialog.getByLabel("New owner").selectOption({ label: `Sam Staff (${org.staff.email})` });
  await dialog.getByLabel("Reason").fill("Moves to the Knoxville team");
  await dialog.getByRole("button", { name: "Transfer" }).click();
  await expect(dialog).toBeHidden();

  const history = page.getByRole("region", { name: "Ownership history" });
  await expect(history).toContainText("Avery Admin → Sam Staff");
  await expect(history).toContainText("Moves to the Knoxville team");
});
