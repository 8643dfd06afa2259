// Opens an uploaded CSV or XLSX file as a header plus a stream of rows, in bounded memory (pure Node, no server imports).
import { readCsv } from "@/lib/imports/parse/csv";
import { ImportFileError } from "@/lib/imports/parse/errors";
import { shapeTable } from "@/lib/imports/parse/rows";
import { sampleSource, startsWith, type SampledSource } from "@/lib/imports/parse/source";
import type { FileFormat, OpenedTable, ParseOptions } from "@/lib/imports/parse/types";
import { readXlsx } from "@/lib/imports/parse/xlsx";

export { ImportFileError, isImportFileError } from "@/lib/imports/parse/errors";
export type { OpenedTable, ParseOptions, TableRow } from "@/lib/imports/parse/types";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const textExtensions = new Set(["csv", "txt", "tsv", "tab"]);

export async function openTable(source: AsyncIterable<Uint8Array>, options: ParseOptions = {}): Promise<OpenedTable> {
  const sampled = await sampleSource(source);
  if (isEmpty(sampled)) {
    throw new ImportFileError("EMPTY_FILE", "The file is empty: it needs a header row and at least one row of data.");
  }
  const format = options.format ?? guessFormat(sampled.sample, options.filename);
  if (format === "xlsx") {
    const table = await shapeTable(readXlsx(sampled.bytes), options);
    return { format, ...table };
  }
  const csv = readCsv(sampled, options);
  const table = await shapeTable(csv.records, options);
  return { format, delimiter: csv.delimiter, encoding: csv.encoding, ...table };
}

function isEmpty({ sample, complete }: SampledSource): boolean {
  return complete && sample.every((byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09);
}

/** The content decides over the name: a zip is a workbook, an OLE file is the old .xls. */
function guessFormat(sample: Uint8Array, filename?: string): FileFormat {
  const extension = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (startsWith(sample, OLE) || extension === "xls") {
    throw new ImportFileError(
      "UNSUPPORTED_FORMAT",
      "Old Excel files (.xls) cannot be imported. Open the file in Excel and save it as .xlsx or CSV.",
    );
  }
  if (extension && extension !== "xlsx" && !textExtensions.has(extension)) {
    throw new ImportFileError(
      "UNSUPPORTED_FORMAT",
      `.${extension} files cannot be imported. Upload a .csv or .xlsx file.`,
    );
  }
  if (startsWith(sample, ZIP)) return "xlsx";
  if (extension === "xlsx") {
    throw new ImportFileError(
      "MALFORMED",
      "This .xlsx file is damaged or not really an Excel workbook. Save it again from Excel.",
    );
  }
  return "csv";
}
