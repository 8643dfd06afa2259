// Streaming XLSX reader: the first visible worksheet, row by row, through exceljs's WorkbookReader (never the whole workbook).
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { formatCellValue } from "@/lib/imports/parse/cells";
import { ImportFileError } from "@/lib/imports/parse/errors";
import type { RawRecord } from "@/lib/imports/parse/types";
import { fixUnzipperEarlyEnd } from "@/lib/imports/parse/unzipper-end";

fixUnzipperEarlyEnd();

interface StreamCell {
  value: unknown;
  numFmt?: unknown;
}

interface StreamRow {
  number: number;
  eachCell(callback: (cell: StreamCell, column: number) => void): void;
}

export async function* readXlsx(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<RawRecord> {
  const input = Readable.from(bytes, { objectMode: false });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let sawSheet = false;
  try {
    for await (const worksheet of reader) {
      const wanted = firstVisibleSheet(reader);
      // Sheets arrive in file order; the user means the first visible tab (when the workbook says which).
      if (wanted && (worksheet as unknown as SheetInfo).name !== wanted) {
        // Read past it: exceljs deletes a spooled sheet's temporary file as soon as the loop moves on, and
        // the read stream still opening that file then failed outside any handler (an uncaught ENOENT).
        for await (const row of worksheet as AsyncIterable<unknown>) void row;
        continue;
      }
      sawSheet = true;
      for await (const row of worksheet as AsyncIterable<unknown>) {
        yield toRecord(row as StreamRow);
      }
      break;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(
      "MALFORMED",
      `The spreadsheet cannot be read (${error instanceof Error ? error.message : "unknown error"}). Open it in Excel, save it as .xlsx and upload it again.`,
    );
  } finally {
    input.destroy();
  }
  if (!sawSheet) throw new ImportFileError("EMPTY_FILE", "The workbook has no worksheet to import.");
}

interface SheetInfo {
  name?: string;
  state?: string;
}

/** The first tab that is not hidden, from workbook.xml (read before the sheets in files Excel writes). */
function firstVisibleSheet(reader: object): string | undefined {
  const sheets = (reader as { model?: { sheets?: SheetInfo[] } }).model?.sheets;
  return sheets?.find((sheet) => sheet.state !== "hidden" && sheet.state !== "veryHidden")?.name;
}

function toRecord(row: StreamRow): RawRecord {
  const cells: string[] = [];
  row.eachCell((cell, column) => {
    while (cells.length < column - 1) cells.push("");
    cells[column - 1] = formatCellValue(cell.value, cell.numFmt);
  });
  return { rowNumber: row.number, cells };
}
