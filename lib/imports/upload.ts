import "server-only";
// An upload becomes a draft import: the body is streamed into the database in chunks (size-limited),
// then read back just far enough for the headers and the first rows the wizard shows.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { importConfig } from "@/lib/imports/config";
import { proposeMapping, type ColumnMapping } from "@/lib/imports/map/propose";
import { openTable, type OpenedTable } from "@/lib/imports/parse";
import { asAppError } from "@/lib/imports/pipeline/stage";
import { storeFileChunks, readStoredFile } from "@/lib/imports/storage";

export interface UploadResult {
  id: string;
  filename: string;
  byteSize: number;
  format: string;
  delimiter: string | null;
  encoding: string | null;
  headers: string[];
  sampleRows: { rowNumber: number; cells: string[] }[];
  proposedMapping: ColumnMapping[];
}

/** "C:\\fakepath\\clients.csv" → "clients.csv"; control characters dropped; at most 255 characters. */
function cleanFilename(name: string | null | undefined): string {
  const base = (name ?? "")
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim();
  return (base || "upload.csv").slice(0, 255);
}

async function firstRows(table: OpenedTable, count: number) {
  const rows: { rowNumber: number; cells: string[] }[] = [];
  for await (const row of table.rows) {
    rows.push({ rowNumber: row.rowNumber, cells: row.cells });
    if (rows.length >= count) break;
  }
  return rows;
}

export async function createImportFromUpload(
  ctx: Ctx,
  body: AsyncIterable<Uint8Array>,
  meta: { filename?: string | null; contentType?: string | null; savedMapping?: ColumnMapping[] },
): Promise<UploadResult> {
  assertCan(ctx, "customer:import");
  const filename = cleanFilename(meta.filename);
  const file = await db.customerImport.create({
    data: {
      organizationId: ctx.orgId,
      filename,
      contentType: meta.contentType?.slice(0, 100) || null,
      byteSize: 0,
      chunkCount: 0,
      format: "csv",
      headers: [],
      createdById: ctx.userId,
    },
  });
  try {
    const stored = await storeFileChunks(file.id, body);
    const table = await openTable(readStoredFile(file.id), {
      filename,
      maxRows: importConfig.maxRows(),
      maxColumns: importConfig.maxColumns(),
    });
    const sampleRows = await firstRows(table, importConfig.sampleRows);
    const saved = await db.customerImport.update({
      where: { id: file.id },
      data: {
        ...stored,
        format: table.format,
        delimiter: table.delimiter ?? null,
        encoding: table.encoding ?? null,
        headers: table.headers,
      },
    });
    return {
      id: saved.id,
      filename,
      byteSize: saved.byteSize,
      format: saved.format,
      delimiter: saved.delimiter,
      encoding: saved.encoding,
      headers: table.headers,
      sampleRows,
      proposedMapping: proposeMapping(table.headers, meta.savedMapping),
    };
  } catch (error) {
    await db.customerImport.deleteMany({ where: { id: file.id } });
    throw asAppError(error);
  }
}
