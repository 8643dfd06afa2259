import "server-only";
// XLSX writer on exceljs's streaming WorkbookWriter: rows are committed as they come and the zip is
// streamed out; the writer waits for the download to drain before fetching the next batch. Contacts
// go on a second sheet, written in a second pass (a zip holds one sheet after the other).
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { startsLikeFormula } from "@/lib/csv";
import { contactColumns, type CellValue, type ExportColumn, type ExportRow } from "@/lib/customers/export/columns";

export interface XlsxPasses {
  customers: () => AsyncIterable<ExportRow[]>;
  /** Present when contacts are included: the same customers again, with all their contacts. */
  contacts?: () => AsyncIterable<ExportRow[]>;
}

const contactSheetColumns: { header: string; value: (row: ExportRow, i: number) => CellValue }[] = [
  { header: "Customer ID", value: (row) => row.id },
  { header: "Customer account number", value: (row) => row.accountNumber },
  { header: "Customer name", value: (row) => row.name },
  ...contactColumns.map((c) => ({
    header: c.header.charAt(0).toUpperCase() + c.header.slice(1),
    value: (row: ExportRow, i: number) => c.value(row.contacts[i]!),
  })),
];

/** Resolves once the output has room again; rejects if the download went away. */
function drained(output: PassThrough): Promise<void> {
  if (output.destroyed) return Promise.reject(new Error("The export download was closed."));
  if (!output.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onDrain = () => (cleanup(), resolve());
    const onClose = () => (cleanup(), reject(new Error("The export download was closed.")));
    const cleanup = () => {
      output.off("drain", onDrain);
      output.off("close", onClose);
    };
    output.once("drain", onDrain);
    output.once("close", onClose);
  });
}

/** Real numbers, dates and booleans; text always a string cell (never a formula), with an apostrophe in
 * front when it would read as one once the sheet is saved as CSV (the CSV writer's own rule). */
function xlsxCell(value: CellValue): string | number | boolean | Date | null {
  if (typeof value === "string") return startsLikeFormula(value) ? `'${value}` : value;
  return value;
}

function addRow(sheet: ExcelJS.Worksheet, values: CellValue[]) {
  const row = sheet.addRow(values.map(xlsxCell));
  values.forEach((value, i) => {
    if (value instanceof Date) row.getCell(i + 1).numFmt = "yyyy-mm-dd hh:mm:ss";
  });
  row.commit();
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, headers: string[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = headers.map((header) => ({ header, width: Math.min(Math.max(header.length + 2, 12), 40) }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

async function writeWorkbook(output: PassThrough, columns: readonly ExportColumn[], passes: XlsxPasses) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const customers = addSheet(
    workbook,
    "Customers",
    columns.map((c) => c.header),
  );
  for await (const rows of passes.customers()) {
    for (const row of rows)
      addRow(
        customers,
        columns.map((c) => c.value(row)),
      );
    await drained(output);
  }
  customers.commit();
  if (passes.contacts) {
    const contacts = addSheet(
      workbook,
      "Contacts",
      contactSheetColumns.map((c) => c.header),
    );
    for await (const rows of passes.contacts()) {
      for (const row of rows) {
        row.contacts.forEach((_, i) =>
          addRow(
            contacts,
            contactSheetColumns.map((c) => c.value(row, i)),
          ),
        );
      }
      await drained(output);
    }
    contacts.commit();
  }
  await workbook.commit();
}

export function xlsxStream(columns: readonly ExportColumn[], passes: XlsxPasses): ReadableStream<Uint8Array> {
  const output = new PassThrough({ highWaterMark: 1 << 20 });
  writeWorkbook(output, columns, passes).catch((error: unknown) => {
    if (!output.destroyed) output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
