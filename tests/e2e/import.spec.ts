// Customer import: upload a CSV whose account-number column is not recognised, map it by hand, preview,
// import, watch the counts, and download the failed rows as a CSV ready to fix; staff cannot import.
import { readFile } from "node:fs/promises";
import { expect, expectHydrated, test, uniqueSuffix } from "./support";

test("imports a CSV after fixing a column mapping and downloads the failed rows", async ({ page }) => {
  const suffix = uniqueSuffix();
  const lower = suffix.toLowerCase();
  const csv = [
    "Company;Kundenreferenz;E-mail;Country",
    `Import Alpha ${suffix};IMP-${suffix}-1;alpha-${lower}@example.com;US`,
    `Import Beta ${suffix};IMP-${suffix}-2;not-an-email;US`,
    "",
    `Import Gamma ${suffix};IMP-${suffix}-3;gamma-${lower}@example.com;Atlantis`,
    `"Import Delta, ${suffix}";IMP-${suffix}-4;delta-${lower}@example.com;Deutschland`,
  ].join("\r\n");

  await page.goto("/customers/import");
  await expect(page.getByRole("heading", { name: "Import customers" })).toBeVisible();
  const picker = page.getByLabel("Choose file");
  await expectHydrated(picker);
  await picker.setInputFiles({ name: `customers-${lower}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });

  await expect(page).toHaveURL(/\/customers\/imports\/[0-9a-f-]{36}$/);
  const importUrl = page.url();
  await expect(page.getByRole("heading", { name: `Import customers-${lower}.csv` })).toBeVisible();
  const accountColumn = page.getByLabel('Import "Kundenreferenz" as');
  await expectHydrated(accountColumn);
  await expect(page.getByLabel('Import "Company" as')).toHaveValue("company");
  await expect(page.getByLabel('Import "E-mail" as')).toHaveValue("email");
  await expect(accountColumn).toHaveValue("ignore");
  await expect(page.getByRole("row").filter({ hasText: "Kundenreferenz" })).toContainText(`IMP-${suffix}-1`);
  await accountColumn.selectOption("accountNumber");

  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("table", { name: "Preview of the first rows" });
  await expect(preview).toBeVisible();
  await expect(page.getByLabel("Match existing customers on")).toHaveValue("accountNumber");
  await expect(preview.getByRole("row").filter({ hasText: `Import Alpha ${suffix}` })).toContainText("Create");
  await expect(preview.getByRole("row").filter({ hasText: "Enter a valid email address" })).toContainText("Invalid");
  await expect(preview.getByRole("row").filter({ hasText: `Import Delta, ${suffix}` })).toContainText("DE");

  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByText("Completed", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Created: 2")).toBeVisible();
  await expect(page.getByLabel("Failed: 2")).toBeVisible();
  await expect(page.getByText("4 of 4 rows")).toBeVisible();

  const failed = page.getByRole("table", { name: "Failed rows" });
  // Row numbers as a spreadsheet shows them: the blank line 4 counts.
  await expect(failed.getByRole("row").filter({ hasText: "Enter a valid email address" })).toContainText(/^3E-mail/);
  await expect(failed.getByRole("row").filter({ hasText: "Use a 2-letter country code" })).toContainText(/^5Country/);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download failed rows (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`customers-${lower}-errors.csv`);
  const text = (await readFile(await download.path())).toString("utf8").replace(/^\uFEFF/, "");
  const lines = text.trim().split(/\r?\n/);
  expect(lines[0]).toBe("Company,Kundenreferenz,E-mail,Country,error");
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain(`Import Beta ${suffix},IMP-${suffix}-2,not-an-email,US,`);
  expect(lines[1]).toContain("Enter a valid email address");
  expect(lines[2]).toContain(`Import Gamma ${suffix},IMP-${suffix}-3`);
  expect(lines[2]).toContain("Atlantis");

  // The job page survives a reload; the import is listed among the recent imports.
  await page.reload();
  await expect(page.getByLabel("Created: 2")).toBeVisible();
  await page.goto("/customers/import");
  await expect(page.getByRole("link", { name: `customers-${lower}.csv` })).toBeVisible();

  // The imported customers are in the list (found by the account number from the hand-mapped column),
  // and the list offers the Import button.
  await page.goto(`/customers?q=${encodeURIComponent(`IMP-${suffix}-1`)}`);
  await expect(page.getByRole("link", { name: `Import Alpha ${suffix}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Import", exact: true })).toHaveAttribute("href", "/customers/import");

  // Undo removes the customers the import created.
  await page.goto(importUrl);
  const undo = page.getByRole("button", { name: "Undo import" });
  await expectHydrated(undo);
  await undo.click();
  const dialog = page.getByRole("alertdialog", { name: "Undo this import?" });
  await expect(dialog).toContainText("The 2 customers it created are removed");
  await dialog.getByRole("button", { name: "Undo import" }).click();
  await expect(page.getByText("Undone: 2 created customers removed, 0 restored.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("button", { name: "Undo import" })).toHaveCount(0);
  await page.goto(`/customers?q=${encodeURIComponent(`IMP-${suffix}-1`)}`);
  await expect(page.getByRole("heading", { name: "Customers", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: `Import Alpha ${suffix}` })).toHaveCount(0);
});

test("a row repeated further down is skipped in the preview as in the run, naming what the later row leaves out", async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  const csv = [
    "Company,Account Number,Phone,Tags",
    `Repeat Co ${suffix},REP-${suffix},+1 865 555 0142,Aviation`,
    `Other Co ${suffix},OTH-${suffix},,`,
    `Repeat Co Ltd ${suffix},REP-${suffix},,`,
  ].join("\r\n");
  const dropped = `The same account number appears again in row 4, which replaces this row; row 4 leaves out what this row has: Phone "+1 865 555 0142", Tags "Aviation"`;

  await page.goto("/customers/import");
  const picker = page.getByLabel("Choose file");
  await expectHydrated(picker);
  await picker.setInputFiles({ name: `repeats-${suffix}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page).toHaveURL(/\/customers\/imports\/[0-9a-f-]{36}$/);
  const preview = page.getByRole("button", { name: "Preview" });
  await expectHydrated(preview);
  await preview.click();
  const table = page.getByRole("table", { name: "Preview of the first rows" });
  await expect(table.getByRole("row").filter({ hasText: `Repeat Co ${suffix}` })).toContainText("Skip");
  await expect(table.getByRole("row").filter({ hasText: `Repeat Co ${suffix}` })).toContainText(dropped);
  await expect(table.getByRole("row").filter({ hasText: `Repeat Co Ltd ${suffix}` })).toContainText("Create");

  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByText("Completed", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Created: 2")).toBeVisible();
  const warnings = page.getByRole("table", { name: "Warnings" });
  await expect(warnings.getByRole("row").filter({ hasText: dropped })).toContainText(/^2Account Number/);
});

test("says how it reads numbers and dates, reads them the chosen way, and keeps the reading on the import", async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  const csv = [
    "Company;Account Number;Credit Limit;Customer since",
    `Komma GmbH ${suffix};NUM-${suffix}-1;25.000,00;13.01.2025`,
    `Punkt AG ${suffix};NUM-${suffix}-2;1.000;1/3/2024`,
  ].join("\r\n");

  await page.goto("/customers/import");
  const picker = page.getByLabel("Choose file");
  await expectHydrated(picker);
  await picker.setInputFiles({ name: `numbers-${suffix}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page).toHaveURL(/\/customers\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel('Import "Credit Limit" as')).toHaveValue("creditLimit");
  await expect(page.getByLabel('Import "Customer since" as')).toHaveValue("customerSince");
  const previewButton = page.getByRole("button", { name: "Preview" });
  await expectHydrated(previewButton);
  await previewButton.click();

  const readings = page.getByRole("region", { name: "How numbers and dates are read" });
  await expect(readings).toContainText(
    'Credit Limit: Numbers read as 1.234,56 — the value "25.000,00" can only be read with a decimal comma. Read this way: 1.000 → 1000.',
  );
  await expect(readings).toContainText(
    'Customer since: Dates read as day/month/year (31.12.2026) — dotted dates such as "13.01.2025" are written day first. Read this way: 1/3/2024 → 2024-03-01.',
  );

  const numbers = page.getByLabel("Numbers in the file");
  await numbers.selectOption("dot");
  await expect(readings).toContainText(
    "Credit Limit: Numbers read as 1,234.56 — chosen in the import options. Read this way: 1.000 → 1.00.",
  );
  await numbers.selectOption("auto");
  await expect(readings).toContainText("Read this way: 1.000 → 1000.");
  await expect(page.getByLabel("Dates in the file")).toHaveValue("auto");

  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByText("Completed", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Created: 2")).toBeVisible();
  await expect(page.getByLabel("Failed: 0")).toBeVisible();
  await expect(page.getByRole("region", { name: "How numbers and dates are read" })).toContainText(
    "Credit Limit: Numbers read as 1.234,56",
  );
});

test.describe("as staff", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("sees no Import button and cannot open the import page", async ({ page, baseURL, org }) => {
    const response = await page.request.post("/api/auth/sign-in/email", {
      data: { email: org.staff.email, password: org.staff.password },
      headers: { Origin: baseURL! },
    });
    expect(response.ok()).toBe(true);
    await page.goto("/customers");
    await expect(page.getByRole("heading", { name: "Customers", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Add customer" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Import", exact: true })).toHaveCount(0);
    await page.goto("/customers/import");
    await expect(page.getByRole("heading", { name: "You don't have access to imports" })).toBeVisible();
  });
});
