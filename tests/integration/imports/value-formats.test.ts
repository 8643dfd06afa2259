// Numbers and dates as people write them, through the whole pipeline (upload → start → job): the convention
// is decided per column and stored on the import with its reason; numberFormat/dateFormat override it.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as importPost } from "@/app/api/v1/imports/customers/route";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { runPendingJobs } from "@/lib/jobs";
import { startImport } from "@/lib/imports/mutations";
import { describeImportReadings } from "@/lib/imports/pipeline/readings";
import { previewImport } from "@/lib/imports/preview";
import { getImport } from "@/lib/imports/queries";
import type { ImportRunInput } from "@/lib/imports/schemas";
import { createImportFromUpload } from "@/lib/imports/upload";
import { call, makeApiKey } from "@/tests/support/api";
import { makeOrgWithRoles } from "@/tests/factories";
import { bytes } from "./helpers";

let us: Ctx;
let de: Ctx;
let usKey: string;

beforeAll(async () => {
  const usOrg = await makeOrgWithRoles();
  const deOrg = await makeOrgWithRoles();
  await db.organization.update({ where: { id: deOrg.org.id }, data: { defaultCountry: "DE", defaultCurrency: "EUR" } });
  us = usOrg.manager;
  de = deOrg.manager;
  usKey = await makeApiKey(usOrg.org.id, "manager");
});

async function importFile(ctx: Ctx, content: Buffer | string, filename: string, run: Partial<ImportRunInput> = {}) {
  const uploaded = await createImportFromUpload(ctx, bytes(content), { filename });
  await startImport(ctx, uploaded.id, { mapping: uploaded.proposedMapping, mode: "create", ...run });
  await runPendingJobs({ limit: 5 });
  return getImport(ctx, uploaded.id);
}

async function creditLimits(ctx: Ctx, prefix: string) {
  const rows = await db.customer.findMany({
    where: { organizationId: ctx.orgId, accountNumber: { startsWith: prefix } },
    select: { accountNumber: true, creditLimit: true, paymentTermsDays: true },
    orderBy: { accountNumber: "asc" },
  });
  return Object.fromEntries(
    rows.map((r) => [r.accountNumber, [r.creditLimit?.toFixed(2) ?? null, r.paymentTermsDays]]),
  );
}

describe("numbers in imported files", () => {
  it("reads a German semicolon file (Windows-1252) with decimal commas, even for a US organization", async () => {
    const text =
      "Kundennummer;Firma;Kreditlimit;Zahlungsziel\r\n" +
      "DE-1;Müller GmbH;25.000,00;30\r\n" +
      "DE-2;Schäfer KG;1.000;14\r\n" +
      "DE-3;Öztürk AG;10 000,5;0\r\n" +
      "DE-4;Weiß OHG;-12,5;7\r\n";
    const result = await importFile(us, iconv.encode(text, "win1252"), "kunden.csv", {
      mapping: [
        { column: 0, header: "Kundennummer", target: "accountNumber" },
        { column: 1, header: "Firma", target: "company" },
        { column: 2, header: "Kreditlimit", target: "creditLimit" },
        { column: 3, header: "Zahlungsziel", target: "paymentTermsDays" },
      ],
    });
    expect(result).toMatchObject({ status: "completed", created: 3, failed: 1, numberFormat: "auto" });
    expect(await creditLimits(us, "DE-")).toEqual({
      "DE-1": ["25000.00", 30],
      "DE-2": ["1000.00", 14],
      "DE-3": ["10000.50", 0],
    });
    expect(result.readings).toEqual([
      {
        column: 2,
        header: "Kreditlimit",
        kind: "number",
        format: "comma",
        reason: '3 values such as "25.000,00" can only be read with a decimal comma',
        ambiguous: [{ value: "1.000", read: "1000" }],
        ambiguousCount: 1,
      },
      expect.objectContaining({ column: 3, header: "Zahlungsziel", kind: "number", format: "comma" }),
    ]);
  });

  it("previews with the readings the run then stores, and reads the preview's rows the same way", async () => {
    const text = "Account Number;Company;Credit Limit\r\nPV-1;Preview GmbH;25.000,00\r\nPV-2;Zweite AG;1.000\r\n";
    const uploaded = await createImportFromUpload(us, bytes(text), { filename: "preview.csv" });
    const run = { mapping: uploaded.proposedMapping, mode: "create" as const };
    const described = await describeImportReadings(us, uploaded.id, run);
    expect(described).toMatchObject([
      { header: "Credit Limit", format: "comma", ambiguous: [{ value: "1.000", read: "1000" }] },
    ]);
    const rows = await previewImport(us, uploaded.id, run);
    expect(rows.map((row) => row.customer?.creditLimit)).toEqual(["25000.00", "1000"]);
    const overridden = await previewImport(us, uploaded.id, { ...run, numberFormat: "dot" });
    expect(overridden.map((row) => row.customer?.creditLimit)).toEqual(["25000.00", "1.00"]);

    await startImport(us, uploaded.id, run);
    expect((await getImport(us, uploaded.id)).readings).toEqual(described);
    await expect(describeImportReadings(us, uploaded.id, { ...run, numberFormat: "decimal" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("reads a comma file with decimal points, even for a German organization", async () => {
    const text =
      "Account Number,Company,Credit Limit\r\n" +
      'US-1,Acme Aviation,"25,000.00"\r\n' +
      'US-2,Beta Motors,"1,000"\r\n' +
      "US-3,Gamma Parts,$750.25\r\n";
    const result = await importFile(de, text, "customers.csv");
    expect(result).toMatchObject({ status: "completed", created: 3, failed: 0 });
    expect(await creditLimits(de, "US-")).toEqual({
      "US-1": ["25000.00", null],
      "US-2": ["1000.00", null],
      "US-3": ["750.25", null],
    });
    expect(result.readings).toMatchObject([
      { kind: "number", format: "dot", ambiguous: [{ value: "1,000", read: "1000" }] },
    ]);
  });

  it("falls back to the organization's country when no value decides", async () => {
    const text = "Account Number\tCompany\tCredit Limit\r\nTB-1\tTab Air\t1.500\r\n";
    await importFile(de, text, "tabs.tsv");
    await importFile(us, text, "tabs.tsv");
    expect(await creditLimits(de, "TB-")).toEqual({ "TB-1": ["1500.00", null] });
    expect(await creditLimits(us, "TB-")).toEqual({ "TB-1": ["1.50", null] });
  });

  it("takes numberFormat from the run options over the detection", async () => {
    const text = "Account Number;Company;Credit Limit\r\nOV-1;Override Air;1.500\r\nOV-2;Second Air;2.250\r\n";
    const result = await importFile(de, text, "override.csv", { numberFormat: "dot" });
    expect(result).toMatchObject({
      numberFormat: "dot",
      readings: [{ format: "dot", reason: "chosen in the import options" }],
    });
    expect(await creditLimits(de, "OV-")).toEqual({ "OV-1": ["1.50", null], "OV-2": ["2.25", null] });
  });

  it("accepts numberFormat on the one-call REST import, and refuses an unknown one", async () => {
    const file = 'Account Number,Company,Credit Limit\r\nRS-1,Rest Air,"2,500"\r\n';
    const headers = { "content-type": "text/csv" };
    const posted = await call(importPost, "POST", "/api/v1/imports/customers?filename=rest.csv&numberFormat=comma", {
      key: usKey,
      rawBody: file,
      headers,
    });
    expect(posted.status).toBe(202);
    expect(posted.json.data).toMatchObject({
      numberFormat: "comma",
      dateFormat: "auto",
      readings: [{ column: 2, header: "Credit Limit", kind: "number", format: "comma" }],
    });
    await runPendingJobs({ limit: 5 });
    expect(await creditLimits(us, "RS-")).toEqual({ "RS-1": ["2.50", null] });

    const refused = await call(importPost, "POST", "/api/v1/imports/customers?filename=rest.csv&numberFormat=swiss", {
      key: usKey,
      rawBody: file,
      headers,
    });
    expect(refused.status).toBe(422);
    expect(refused.json.error.details).toHaveProperty("numberFormat");
  });
});

async function customerSince(ctx: Ctx, prefix: string) {
  const rows = await db.customer.findMany({
    where: { organizationId: ctx.orgId, accountNumber: { startsWith: prefix } },
    select: { accountNumber: true, customerSince: true },
  });
  return Object.fromEntries(rows.map((r) => [r.accountNumber, r.customerSince?.toISOString().slice(0, 10) ?? null]));
}

const sinceMapping = (header: string) => [
  { column: 0, header: "Account Number", target: "accountNumber" as const },
  { column: 1, header: "Company", target: "company" as const },
  { column: 2, header, target: "customerSince" as const },
];

describe("dates in imported files", () => {
  it("detects day first and month first per file from the values that only one order reads", async () => {
    const dayFirst = "Account Number,Company,Since\r\nDM-1,Day Air,1/3/2026\r\nDM-2,Day Two,13/1/2025\r\n";
    const dmy = await importFile(us, dayFirst, "day-first.csv", { mapping: sinceMapping("Since") });
    expect(dmy.readings).toEqual([
      {
        column: 2,
        header: "Since",
        kind: "date",
        format: "dmy",
        reason: 'the value "13/1/2025" can only be read day first',
        ambiguous: [{ value: "1/3/2026", read: "2026-03-01" }],
        ambiguousCount: 1,
      },
    ]);
    const monthFirst = "Account Number,Company,Since\r\nMD-1,Month Air,1/3/2026\r\nMD-2,Month Two,12/31/2025\r\n";
    const mdy = await importFile(de, monthFirst, "month-first.csv", { mapping: sinceMapping("Since") });
    expect(mdy.readings).toMatchObject([{ format: "mdy", ambiguous: [{ value: "1/3/2026", read: "2026-01-03" }] }]);
    expect(await customerSince(us, "DM-")).toEqual({ "DM-1": "2026-03-01", "DM-2": "2025-01-13" });
    expect(await customerSince(de, "MD-")).toEqual({ "MD-1": "2026-01-03", "MD-2": "2025-12-31" });
  });

  it("reads dotted and ISO dates as written, falls back to the country, and takes dateFormat when chosen", async () => {
    const text = "Account Number;Company;Kunde seit\r\nDT-1;Punkt GmbH;01.03.2026\r\nDT-2;Iso AG;2024-11-05\r\n";
    const dotted = await importFile(us, text, "dotted.csv", { mapping: sinceMapping("Kunde seit") });
    expect(dotted).toMatchObject({ created: 2, readings: [{ format: "dmy" }] });
    expect(await customerSince(us, "DT-")).toEqual({ "DT-1": "2026-03-01", "DT-2": "2024-11-05" });

    const unsure = "Account Number,Company,Since\r\nAM-1,Amb Air,2/3/2024\r\n";
    await importFile(us, unsure, "us.csv", { mapping: sinceMapping("Since") });
    await importFile(de, unsure, "de.csv", { mapping: sinceMapping("Since") });
    expect(await customerSince(us, "AM-")).toEqual({ "AM-1": "2024-02-03" });
    expect(await customerSince(de, "AM-")).toEqual({ "AM-1": "2024-03-02" });

    const chosen = await importFile(de, unsure.replace("AM-1", "CH-1"), "chosen.csv", {
      mapping: sinceMapping("Since"),
      dateFormat: "mdy",
    });
    expect(chosen).toMatchObject({
      dateFormat: "mdy",
      readings: [{ format: "mdy", reason: "chosen in the import options" }],
    });
    expect(await customerSince(de, "CH-")).toEqual({ "CH-1": "2024-02-03" });
  });

  it("reads a workbook's date cells and Excel day numbers in a date column, and its numbers with a decimal point", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Customers");
    sheet.addRow(["Account Number", "Company", "Customer since", "Credit limit"]);
    sheet.addRow(["XL-1", "Date Cell Air", new Date(Date.UTC(2026, 2, 1)), 1.25]);
    sheet.addRow(["XL-2", "Serial Air", 45292, 25000]);
    sheet.addRow(["XL-3", "Text Air", "15.08.2023", "1.500,75"]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await importFile(de, content, "customers.xlsx", {
      mapping: [...sinceMapping("Customer since"), { column: 3, header: "Credit limit", target: "creditLimit" }],
    });
    expect(result).toMatchObject({ created: 3, failed: 0 });
    expect(await customerSince(de, "XL-")).toEqual({
      "XL-1": "2026-03-01",
      "XL-2": "2024-01-01",
      "XL-3": "2023-08-15",
    });
    expect(await creditLimits(de, "XL-")).toEqual({
      "XL-1": ["1.25", null],
      "XL-2": ["25000.00", null],
      "XL-3": ["1500.75", null],
    });
  });
});
