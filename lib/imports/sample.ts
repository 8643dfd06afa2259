import "server-only";
// The first rows of an uploaded file as cells, for the sample values the mapping step shows.
import type { Ctx } from "@/lib/auth/context";
import { importConfig } from "@/lib/imports/config";
import { openStoredFile } from "@/lib/imports/pipeline/stage";
import type { StagedRow } from "@/lib/imports/pipeline/types";
import { findImport } from "@/lib/imports/queries";

export async function readImportSample(ctx: Ctx, id: string, count = importConfig.sampleRows): Promise<StagedRow[]> {
  const table = await openStoredFile(await findImport(ctx, id));
  const rows: StagedRow[] = [];
  for await (const row of table.rows) {
    rows.push({ rowNumber: row.rowNumber, cells: row.cells });
    if (rows.length >= count) break;
  }
  return rows;
}
