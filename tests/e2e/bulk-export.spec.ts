// Bulk actions and export as the organization's owner: tick two customers, add a tag to both and see it in the
// list; then export the filtered list to CSV and read the downloaded file's rows.
import { readFile } from "node:fs/promises";
import { expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";

test("tags the selected customers, then exports the filtered list to CSV", async ({ page, org }) => {
  const suffix = uniqueSuffix();
  const names = [`E2E Bulk ${suffix} Alpha`, `E2E Bulk ${suffix} Bravo`];
  const tag = `bulk-${suffix.toLowerCase()}`;
  for (const name of [...names, `E2E Other ${suffix}`]) {
    await postCustomer(page.request, org, { kind: "company", name, country: "US" });
  }

  await page.goto(`/customers?q=${encodeURIComponent(`E2E Bulk ${suffix}`)}`);
  const first = page.getByRole("checkbox", { name: `Select ${names[0]}` });
  await expectHydrated(first);
  await first.click();
  await page.getByRole("checkbox", { name: `Select ${names[1]}` }).click();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await expect(bar).toContainText("2 selected");

  await bar.getByRole("button", { name: "Add tags" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Tags").fill(tag);
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Bulk action done: 2 updated")).toBeVisible();
  await expect(dialog).toBeHidden();
  for (const name of names) {
    await expect(page.getByRole("row").filter({ hasText: name })).toContainText(tag);
  }

  await page.getByRole("button", { name: "Export" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "CSV (.csv)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^customers-\d{4}-\d\d-\d\d\.csv$/);
  const text = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = text.trim().split("\r\n");
  expect(lines[0]).toContain("Name");
  expect(lines[0]).toContain("Tags");
  expect(lines.slice(1)).toHaveLength(2);
  expect(lines[1]).toContain(names[0]);
  expect(lines[2]).toContain(names[1]);
  expect(lines[1]).toContain(tag);
  expect(text).not.toContain(`E2E Other ${suffix}`);
});
