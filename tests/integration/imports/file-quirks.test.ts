// More file quirks through the whole pipeline (upload → job → stored customers): every delimiter, mixed
// line endings, blank lines and spreadsheet row numbers in the failed rows, ragged rows, doubled quotes,
// Excel's sep= line, UTF-16, XLSX numbers/dates/formulas into typed fields, and the file limits.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runPendingJobs } from "@/lib/jobs";
import { startImport } from "@/lib/imports/mutations";
import { getImport, listImportIssues } from "@/lib/imports/queries";
import { createImportFromUpload } from "@/lib/imports/upload";
import { bytes } from "./helpers";
import { makeOrgWithRoles } from "@/tests/factories";

const { manager } = await makeOrgWithRoles();

afterEach(() => {
  delete process.env.IMPORT_MAX_ROWS;
});

async function run(content: string | Buffer, filename = "customers.csv") {
  const uploaded = await createImportFromUpload(manager, bytes(content, 5), { filename });
  await startImport(manager, uploaded.id, { mapping: uploaded.proposedMapping, mode: "create" });
  await runPendingJobs({ limit: 5 });
  return { uploaded, result: await getImport(manager, uploaded.id) };
}

/** The stored customers, in the order of `accounts`. */
async function stored(accounts: string[]) {
  const rows = await db.customer.findMany({
    where: { organizationId: manager.orgId, accountNumber: { in: accounts } },
  });
  return accounts.map((accountNumber) => rows.find((row) => row.accountNumber === accountNumber));
}

let seq = 0;
const account = () => `Q-${Date.now().toString(36)}-${++seq}`;

describe("file quirks through the pipeline", () => {
  it.each([",", ";", "\t", "|"])("imports a file separated by %j", async (delimiter) => {
    const [a, b] = [account(), account()];
    const text = [
      ["Account Number", "Company", "City"],
      [a, "Alpha Air", "Knoxville"],
      [b, "Beta Jets", "Reno"],
    ]
      .map((row) => row.join(delimiter))
      .join("\n");
    const { uploaded, result } = await run(text);
    expect(uploaded.delimiter).toBe(delimiter);
    expect(result).toMatchObject({ status: "completed", created: 2, failed: 0 });
    expect((await stored([a, b])).map((c) => [c?.name, c?.city])).toEqual([
      ["Alpha Air", "Knoxville"],
      ["Beta Jets", "Reno"],
    ]);
  });

  it("numbers failed rows as a spreadsheet does across mixed line endings, blank lines and multi-line cells", async () => {
    const [a, b, c] = [account(), account(), account()];
    const text = `Account Number,Company,Email,Notes\r\n${a},Alpha,a@alpha.test,"two\nlines"\n\n${b},Beta,not-an-email,\r${c},"Gamma ""G"" Ltd",g@gamma.test,short\n`;
    const { result } = await run(text);
    expect(result).toMatchObject({ created: 2, failed: 1 });
    const issues = await listImportIssues(manager, result.id, { severity: "error" });
    expect(issues.rows).toEqual([
      { rowNumber: 4, severity: "error", messages: [{ column: "Email", message: "Enter a valid email address" }] },
    ]);
    const [alpha, gamma] = await stored([a, c]);
    expect(alpha?.notes).toBe("two\nlines");
    expect(gamma?.name).toBe('Gamma "G" Ltd');
  });

  it("imports short rows (missing cells are empty) and ignores blank trailing cells", async () => {
    const [a, b] = [account(), account()];
    const { result } = await run(`Account Number,Company,City,Website\n${a},Short Row\n${b},Long Row,Oslo,,,\n`);
    expect(result).toMatchObject({ created: 2, failed: 0 });
    expect((await stored([a, b])).map((c) => [c?.name, c?.city, c?.website])).toEqual([
      ["Short Row", null, null],
      ["Long Row", "Oslo", null],
    ]);
  });

  it("follows Excel's sep= line and reads UTF-16 with a BOM", async () => {
    const [a, b] = [account(), account()];
    const sep = await run(`sep=;\r\nAccount Number;Company;Notes\r\n${a};Sep Air;a,b\r\n`);
    expect(sep.result).toMatchObject({ created: 1, failed: 0 });
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode(`Account Number\tCompany\r\n${b}\tÜnïcode Øy\r\n`, "utf-16le"),
    ]);
    const wide = await run(utf16, "export.txt");
    expect(wide.uploaded.encoding).toBe("utf-16le");
    expect((await stored([a, b])).map((c) => [c?.name, c?.notes])).toEqual([
      ["Sep Air", "a,b"],
      ["Ünïcode Øy", null],
    ]);
  });

  it("stores XLSX numbers, dates and formula results as typed values", async () => {
    const a = account();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Customers");
    sheet.addRow(["Account Number", "Company", "Postal Code", "Country", "Credit Limit", "Payment Terms", "Notes"]);
    sheet.addRow([
      a,
      "Sheet Air",
      37902,
      "US",
      25000.5,
      { formula: "15*2", result: 30 },
      new Date(Date.UTC(2024, 2, 5)),
    ]);
    sheet.getCell("G2").numFmt = "yyyy-mm-dd";
    const { result } = await run(Buffer.from(await book.xlsx.writeBuffer()), "customers.xlsx");
    expect(result).toMatchObject({ format: "xlsx", created: 1, failed: 0 });
    const [customer] = await stored([a]);
    expect(customer).toMatchObject({ postalCode: "37902", paymentTermsDays: 30, notes: "2024-03-05" });
    expect(customer?.creditLimit?.toFixed(2)).toBe("25000.50");
  });

  it("refuses an empty file, a data row as header, and a file over the row limit at upload", async () => {
    const upload = (text: string) => createImportFromUpload(manager, bytes(text), { filename: "x.csv" });
    await expect(upload("\r\n\r\n")).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/The file is empty/),
    });
    await expect(upload("Acme,ops@acme.test\n")).rejects.toMatchObject({
      message: expect.stringMatching(/Row 1 must hold the column names/),
    });
    process.env.IMPORT_MAX_ROWS = "2";
    await expect(upload("Company\nA\nB\nC\n")).rejects.toMatchObject({
      message: "The file has more than 2 rows of data, the most one import can take. Split it into smaller files.",
    });
  });

  it("fails the job, importing nothing, when rows past the upload's sample exceed the limit", async () => {
    process.env.IMPORT_MAX_ROWS = "25";
    const names = Array.from({ length: 30 }, (_, index) => `Over Limit ${seq}-${index}`);
    const { result } = await run(`Company\n${names.join("\n")}\n`);
    expect(result.status).toBe("failed");
    expect(result.error).toMatch(/more than 25 rows of data/);
    expect(await db.customer.count({ where: { organizationId: manager.orgId, name: { in: names } } })).toBe(0);
  });
});
