import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ImportFileError, openTable } from "@/lib/imports/parse";
import { chunked, readAll } from "./helpers";

async function workbook(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A workbook whose hidden "Lookup" tab comes before "Customers" (exceljs spools both): the import reads "Customers". */
async function expectHiddenSheetSkipped() {
  const bytes = await workbook((book) => {
    book.addWorksheet("Lookup", { state: "hidden" }).addRow(["Code"]);
    book.addWorksheet("Customers").addRow(["Name"]);
  });
  const { table } = await readAll(bytes, { filename: "customers.xlsx" }, bytes.byteLength);
  expect(table.headers).toEqual(["Name"]);
}

describe("openTable: XLSX", () => {
  it("reads the first worksheet with dates, numbers, booleans, rich text, hyperlinks and formula results", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Customers");
      sheet.addRow(["Name", "Since", "Credit limit", "Ratio", "Phone", "VIP", "Total", "Site", "Label"]);
      sheet.addRow([
        "Müller GmbH",
        new Date(Date.UTC(2024, 2, 5)),
        25000.5,
        0.1 + 0.2,
        8655550142,
        true,
        { formula: "C2*2", result: 50001 },
        { text: "Acme", hyperlink: "https://acme.test" },
        { richText: [{ text: "Bold " }, { text: "part" }] },
      ]);
      sheet.getCell("B2").numFmt = "yyyy-mm-dd";
      book.addWorksheet("Other").addRow(["Ignored"]);
    });
    const { table, rows } = await readAll(bytes, { filename: "customers.xlsx" }, 1000);
    expect(table.format).toBe("xlsx");
    expect(table.delimiter).toBeUndefined();
    expect(table.headers).toEqual(["Name", "Since", "Credit limit", "Ratio", "Phone", "VIP", "Total", "Site", "Label"]);
    expect(rows).toEqual([
      {
        rowNumber: 2,
        cells: ["Müller GmbH", "2024-03-05", "25000.5", "0.3", "8655550142", "TRUE", "50001", "Acme", "Bold part"],
      },
    ]);
  });

  it("reads the first visible tab, not a hidden one that comes first", async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet("Lookup", { state: "hidden" }).addRow(["Code"]);
      const sheet = book.addWorksheet("Customers");
      sheet.addRow(["Name"]);
      sheet.addRow(["Acme"]);
      book.addWorksheet("Notes").addRow(["Other"]);
    });
    const { table, rows } = await readAll(bytes);
    expect(table.headers).toEqual(["Name"]);
    expect(rows).toEqual([{ rowNumber: 2, cells: ["Acme"] }]);
  });

  it("shows a formula's cached date result as a date", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("S");
      sheet.addRow(["Name", "Due"]);
      sheet.addRow(["A", { formula: "TODAY()", result: 45356 }]);
      sheet.getCell("B2").numFmt = "dd/mm/yyyy";
    });
    const { rows } = await readAll(bytes);
    expect(rows[0]?.cells).toEqual(["A", "2024-03-05"]);
  });

  it("keeps spreadsheet row numbers across blank rows and pads sparse cells", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("S");
      sheet.getCell("A2").value = "Name";
      sheet.getCell("C2").value = "City";
      sheet.getCell("A4").value = "Acme";
      sheet.getCell("C6").value = "Paris";
    });
    const { table, rows } = await readAll(bytes);
    expect(table.headerRowNumber).toBe(2);
    expect(table.headers).toEqual(["Name", "Column 2", "City"]);
    expect(rows).toEqual([
      { rowNumber: 4, cells: ["Acme", "", ""] },
      { rowNumber: 6, cells: ["", "", "Paris"] },
    ]);
  });

  it("is detected from its content even without a file name", async () => {
    const bytes = await workbook((book) => book.addWorksheet("S").addRow(["Name"]));
    const table = await openTable(chunked(bytes, 100));
    expect(table.format).toBe("xlsx");
  });

  it("enforces maxRows while streaming", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("S");
      sheet.addRow(["Name"]);
      for (let index = 0; index < 10; index++) sheet.addRow([`Customer ${index}`]);
    });
    const table = await openTable(chunked(bytes, 512), { maxRows: 5 });
    const read = async () => {
      for await (const row of table.rows) void row;
    };
    await expect(read()).rejects.toMatchObject({ code: "TOO_MANY_ROWS" });
  });

  it("reads the whole workbook when a worksheet takes a while to spool (unzipper's early end)", async () => {
    // exceljs spools worksheets that come before workbook.xml to temporary files; a slow spool (a loaded machine) let
    // unzipper announce the end with workbook.xml still buffered, and the import failed ("reading 'sheets'").
    const tmp = createRequire(createRequire(import.meta.url).resolve("exceljs"))("tmp") as {
      file: (callback: (...args: unknown[]) => void) => void;
    };
    const original = tmp.file;
    tmp.file = (callback) => void setTimeout(() => original(callback), 30);
    try {
      await expectHiddenSheetSkipped();
    } finally {
      tmp.file = original;
    }
  });

  it("reads past a hidden worksheet spooled to a temporary file before exceljs deletes the file", async () => {
    // A slow open (a loaded machine) of the hidden sheet's temporary file: skipped unread, exceljs deleted
    // the file before the open ran, and the stream's ENOENT went to no handler (an uncaught exception).
    const original = fs.open;
    const slowOpen = (...args: unknown[]) => {
      const open = () => (original as (...a: unknown[]) => void)(...args);
      if (typeof args[0] === "string" && path.basename(args[0]).startsWith("tmp-")) setTimeout(open, 50);
      else open();
    };
    (fs as { open: unknown }).open = slowOpen;
    try {
      await expectHiddenSheetSkipped();
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      (fs as { open: unknown }).open = original;
    }
  });

  it("refuses an empty worksheet and a damaged workbook", async () => {
    const empty = await workbook((book) => book.addWorksheet("S"));
    await expect(openTable(chunked(empty, 100))).rejects.toMatchObject({ code: "EMPTY_FILE" });
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    const error = await openTable(chunked(damaged), { filename: "x.xlsx" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).code).toMatch(/MALFORMED|EMPTY_FILE/);
  });

  it("refuses a .xlsx name on text content", async () => {
    await expect(
      openTable(chunked(new TextEncoder().encode("Name\nA\n")), { filename: "a.xlsx" }),
    ).rejects.toMatchObject({
      code: "MALFORMED",
    });
  });
});
