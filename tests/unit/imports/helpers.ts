// Test helpers: feed bytes to openTable in small chunks (to cross every boundary) and collect the rows.
import { openTable, type OpenedTable, type ParseOptions, type TableRow } from "@/lib/imports/parse";

export async function* chunked(bytes: Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += size) yield bytes.subarray(offset, offset + size);
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

async function collect(rows: AsyncIterable<TableRow>): Promise<TableRow[]> {
  const out: TableRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

export async function readAll(
  bytes: Uint8Array,
  options?: ParseOptions,
  chunkSize?: number,
): Promise<{ table: OpenedTable; rows: TableRow[] }> {
  const table = await openTable(chunked(bytes, chunkSize), options);
  return { table, rows: await collect(table.rows) };
}
