// Webhooks as the organization's owner: add an endpoint in Settings → Webhooks, see its signing secret once
// (copy it), then the endpoint in the list and its (empty) delivery log; the pages pass axe.
import { expectNoA11yViolations } from "./a11y";
import { expect, expectHydrated, test, uniqueSuffix } from "./support";

test("creates a webhook endpoint, shows the secret once and lists the endpoint", async ({ page }) => {
  const url = `https://hooks-${uniqueSuffix()}.example.com/in`;
  await page.goto("/settings/webhooks");
  await expect(page.getByRole("heading", { name: "Webhooks" })).toBeVisible();
  await expectNoA11yViolations(page);

  const add = page.getByRole("button", { name: "Add endpoint" });
  await expectHydrated(add);
  await add.click();
  const dialog = page.getByRole("dialog", { name: "Add webhook endpoint" });
  await dialog.getByLabel("Endpoint URL").fill(url);
  await dialog.getByLabel("Description").fill("E2E receiver");
  await dialog.getByLabel("customer.updated").check();
  await dialog.getByLabel("Only when these fields changed").fill("status");
  await expectNoA11yViolations(page);
  await dialog.getByRole("button", { name: "Add endpoint" }).click();

  const created = page.getByRole("dialog", { name: "Webhook endpoint created" });
  const secret = created.getByLabel("Signing secret");
  await expect(secret).toHaveValue(/^whsec_[A-Za-z0-9+/]+=*$/);
  const value = await secret.inputValue();
  await created.getByRole("button", { name: "I have copied the secret" }).click();
  await expect(created).toBeHidden();

  const row = page.getByRole("table", { name: "Webhook endpoints" }).getByRole("row").filter({ hasText: url });
  await expect(row).toContainText("customer.updated");
  await expect(row).toContainText("when status changed");
  await expect(row).toContainText("Enabled");
  await expect(page.getByText(value)).toHaveCount(0);

  await row.getByRole("link", { name: url }).click();
  await expect(page.getByRole("heading", { name: url })).toBeVisible();
  await expect(page.getByText("No deliveries yet.")).toBeVisible();
  await expectNoA11yViolations(page);
});
