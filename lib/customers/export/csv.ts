// The customer list as CSV rows through the app's one CSV writer (lib/csv.ts): the chosen columns,
// then one block of contact columns per contact when contacts are included.
import { csvStream } from "@/lib/csv";
import { contactColumns, type CellValue, type ExportColumn, type ExportRow } from "@/lib/customers/export/columns";

/** `Contact 1 first name`, `Contact 1 last name` … one block per contact. */
function contactHeaders(blocks: number): string[] {
  return Array.from({ length: blocks }, (_, i) => contactColumns.map((c) => `Contact ${i + 1} ${c.header}`)).flat();
}

function toRecord(row: ExportRow, columns: readonly ExportColumn[], blocks: number): CellValue[] {
  const cells = columns.map((column) => column.value(row));
  for (let i = 0; i < blocks; i++) {
    const contact = row.contacts[i];
    cells.push(...contactColumns.map((c) => (contact ? c.value(contact) : null)));
  }
  return cells;
}

export function customersCsvStream(
  columns: readonly ExportColumn[],
  contactBlocks: number,
  batches: AsyncIterable<ExportRow[]>,
): ReadableStream<Uint8Array> {
  async function* records() {
    for await (const rows of batches) yield rows.map((row) => toRecord(row, columns, contactBlocks));
  }
  return csvStream([...columns.map((c) => c.header), ...contactHeaders(contactBlocks)], records());
}
