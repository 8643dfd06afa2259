// CSV writer: UTF-8 with a BOM (Excel then reads accents right), CRLF rows, one chunk per batch
// produced only when the reader asks for more, so a slow download never piles rows up in memory.
import { stringify } from "csv-stringify/sync";
import { csvCell } from "@/lib/customers/export/cells";
import { contactColumns, type ExportColumn, type ExportRow } from "@/lib/customers/export/columns";

const BOM = "\uFEFF";

/** `Contact 1 first name`, `Contact 1 last name` … one block per contact. */
function contactHeaders(blocks: number): string[] {
  return Array.from({ length: blocks }, (_, i) => contactColumns.map((c) => `Contact ${i + 1} ${c.header}`)).flat();
}

function toRecord(row: ExportRow, columns: readonly ExportColumn[], blocks: number): string[] {
  const cells = columns.map((column) => csvCell(column.value(row)));
  for (let i = 0; i < blocks; i++) {
    const contact = row.contacts[i];
    cells.push(...contactColumns.map((c) => (contact ? csvCell(c.value(contact)) : "")));
  }
  return cells;
}

const toCsv = (records: string[][]) => stringify(records, { record_delimiter: "windows" });

export function csvStream(
  columns: readonly ExportColumn[],
  contactBlocks: number,
  batches: AsyncIterable<ExportRow[]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  async function* chunks() {
    yield BOM + toCsv([[...columns.map((c) => c.header), ...contactHeaders(contactBlocks)]]);
    for await (const rows of batches) {
      if (rows.length > 0) yield toCsv(rows.map((row) => toRecord(row, columns, contactBlocks)));
    }
  }
  const iterator = chunks();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
}
