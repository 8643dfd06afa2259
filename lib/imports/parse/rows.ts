// Turns a reader's raw records into the table: header first, blank rows skipped, rows padded, limits enforced.
import { ImportFileError } from "@/lib/imports/parse/errors";
import { buildHeaders, isBlankRow } from "@/lib/imports/parse/headers";
import type { ParseOptions, RawRecord, TableRow } from "@/lib/imports/parse/types";

const format = (value: number) => value.toLocaleString("en-US");

export interface ShapedTable {
  headers: string[];
  headerRowNumber: number;
  rows: AsyncIterable<TableRow>;
}

/** Reads up to the header row now; the data rows are read as the caller iterates. */
export async function shapeTable(records: AsyncIterable<RawRecord>, options: ParseOptions): Promise<ShapedTable> {
  const iterator = records[Symbol.asyncIterator]();
  let header: RawRecord | undefined;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      if (!isBlankRow(next.value.cells) && !isDatevPreamble(next.value.cells)) {
        header = next.value;
        break;
      }
    }
  } catch (error) {
    await iterator.return?.();
    throw error;
  }
  if (!header) {
    throw new ImportFileError("EMPTY_FILE", "The file is empty: it needs a header row and at least one row of data.");
  }
  let headers: string[];
  try {
    headers = buildHeaders(header.cells, header.rowNumber);
    checkColumns(headers.length, header.rowNumber, options.maxColumns);
  } catch (error) {
    await iterator.return?.();
    throw error;
  }
  return { headers, headerRowNumber: header.rowNumber, rows: dataRows(iterator, headers.length, options) };
}

async function* dataRows(
  iterator: AsyncIterator<RawRecord>,
  width: number,
  options: ParseOptions,
): AsyncGenerator<TableRow> {
  let count = 0;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const { rowNumber, cells } = next.value;
      if (isBlankRow(cells)) continue;
      count++;
      if (options.maxRows !== undefined && count > options.maxRows) {
        throw new ImportFileError(
          "TOO_MANY_ROWS",
          `The file has more than ${format(options.maxRows)} rows of data, the most one import can take. Split it into smaller files.`,
          rowNumber,
        );
      }
      yield padRow(rowNumber, cells, width, options.maxColumns);
    }
  } finally {
    await iterator.return?.();
  }
}

/**
 * DATEV's export format (EXTF, or DTVF from older programs) starts with a line describing the export
 * (format version, category "Debitoren/Kreditoren", dates); the column names are on the next line.
 */
function isDatevPreamble(cells: readonly string[]): boolean {
  return /^(EXTF|DTVF)$/.test(cells[0]?.trim() ?? "");
}

function padRow(rowNumber: number, cells: string[], width: number, maxColumns: number | undefined): TableRow {
  let used = cells.length;
  while (used > width && !cells[used - 1]?.trim()) used--;
  checkColumns(used, rowNumber, maxColumns);
  if (used === width) return { rowNumber, cells: cells.length === width ? cells : cells.slice(0, width) };
  if (used < width) return { rowNumber, cells: [...cells, ...Array<string>(width - used).fill("")] };
  const warning = `Row ${rowNumber} has ${used} values but the header has ${width} columns; the values after column ${width} are not imported.`;
  return { rowNumber, cells: cells.slice(0, used), warnings: [warning] };
}

function checkColumns(count: number, rowNumber: number, maxColumns: number | undefined) {
  if (maxColumns === undefined || count <= maxColumns) return;
  throw new ImportFileError(
    "TOO_MANY_COLUMNS",
    `Row ${rowNumber} has ${format(count)} columns; a file can have at most ${format(maxColumns)}.`,
    rowNumber,
  );
}
