import "server-only";
// The `customer_import` job: stage the file (pass 1), mark repeated rows, write the rest in batches
// (pass 2). The cursor says which pass and row it reached, so a resumed job continues from there.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/context";
import type { JobContext } from "@/lib/jobs";
import { loadImportPlan } from "@/lib/imports/pipeline/plan";
import { markRepeatedRows, stageFile, type ImportCursor } from "@/lib/imports/pipeline/stage";
import { writeStagedRows } from "@/lib/imports/pipeline/write";

export interface ImportJobParams {
  importId: string;
}

export async function runImportJob(jc: JobContext): Promise<void> {
  assertCan(jc.ctx, "customer:import");
  const { importId } = jc.job.params as unknown as ImportJobParams;
  const file = await db.customerImport.findFirstOrThrow({ where: { id: importId, organizationId: jc.ctx.orgId } });
  const plan = await loadImportPlan(jc.ctx, file);
  const cursor = (jc.job.cursor as ImportCursor | null) ?? { phase: "stage", row: 0 };
  try {
    if (cursor.phase === "stage") {
      await stageFile(jc, plan, file, cursor.row);
      await markRepeatedRows(jc, plan);
    }
    await writeStagedRows(jc, plan, cursor.phase === "write" ? cursor.row : 0);
  } catch (error) {
    // The job resumes (in another worker, or here after a passing database error) and still needs the staged rows.
    if (jc.isFinal(error)) await clearStagedRows(importId);
    throw error;
  }
  await clearStagedRows(importId);
}

async function clearStagedRows(importId: string) {
  await db.importStagedRow.deleteMany({ where: { importId } });
}
