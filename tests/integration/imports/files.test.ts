// File quirks through the whole pipeline (upload → job): a semicolon-separated Windows-1252 file with
// a quoted multi-line cell, a tab-separated UTF-8 file with a BOM, and an XLSX workbook.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runPendingJobs } from "@/lib/jobs";
import { startImport } from "@/lib/imports/mutations";
import { getImport } from "@/lib/imports/queries";
import { createImportFromUpload } from "@/lib/imports/upload";
import { bytes } from "./helpers";
import { makeOrgWithRoles } from "@/tests/factories";

const { manager } = await makeOrgWithRoles();

async function run(content: Buffer, filename: string) {
  const uploaded = await createImportFromUpload(manager, bytes(content, 7), { filename });
  await startImport(manager, uploaded.id, { mapping: uploaded.proposedMapping, mode: "create" });
  await runPendingJobs({ limit: 5 });
  return { uploaded, result: await getImport(manager, uploaded.id) };
}

describe("file formats through the pipeline", () => {
  it("reads a semicolon-separated Windows-1252 file with a quoted multi-line cell", async () => {
    const text =
      'Account Number;Company;City;Notes\r\nW-1;"Müller & Söhne GmbH";Zürich;"Line one\r\nline two"\r\nW-2;Café Élan;Lyon;\r\n';
    const { uploaded, result } = await run(iconv.encode(text, "win1252"), "kunden.csv");
    expect(uploaded).toMatchObject({
      delimiter: ";",
      encoding: "windows-1252",
      headers: ["Account Number", "Company", "City", "Notes"],
    });
    expect(result).toMatchObject({ status: "completed", created: 2, failed: 0 });
    const muller = await db.customer.findFirstOrThrow({
      where: { organizationId: manager.orgId, accountNumber: "W-1" },
    });
    expect(muller).toMatchObject({ name: "Müller & Söhne GmbH", city: "Zürich", notes: "Line one\r\nline two" });
  });

  it("reads a tab-separated UTF-8 file with a BOM", async () => {
    const text = "\uFEFFAccount Number\tCompany\tCity\nT-1\tTab Air\tOslo\n";
    const { uploaded, result } = await run(Buffer.from(text, "utf8"), "tabs.tsv");
    expect(uploaded).toMatchObject({ delimiter: "\t", headers: ["Account Number", "Company", "City"] });
    expect(result).toMatchObject({ created: 1 });
    expect(
      await db.customer.findFirst({ where: { organizationId: manager.orgId, accountNumber: "T-1", name: "Tab Air" } }),
    ).not.toBeNull();
  });

  it("reads the first sheet of an XLSX workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Customers");
    sheet.addRow(["Account Number", "Company", "Credit Limit", "Email"]);
    sheet.addRow(["X-1", "Excel Aviation", 25000.5, "ops@excel.example"]);
    sheet.addRow(["X-2", "Sheet Motors", null, "bad email"]);
    const { uploaded, result } = await run(Buffer.from(await workbook.xlsx.writeBuffer()), "customers.xlsx");
    expect(uploaded.format).toBe("xlsx");
    expect(result).toMatchObject({ created: 1, failed: 1 });
    const excel = await db.customer.findFirstOrThrow({
      where: { organizationId: manager.orgId, accountNumber: "X-1" },
    });
    expect(excel.creditLimit?.toFixed(2)).toBe("25000.50");
  });
});
