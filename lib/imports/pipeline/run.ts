import "server-only";
// The `customer_import` job: stage the file (pass 1), mark repeated rows, write the rest in batches
// (pass 2). The cursor says which pass and row it reached, so a resumed job continues from there. A
// finished import that changed customers queues a duplicates scan.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/context";
import type { JobContext } from "@/lib/jobs/types";
import { queueScanAfterImport } from "@/lib/duplicate-pairs/mutations";
import type { ImportCursor, ImportJobParams } from "@/lib/imports/jobs";
import { loadImportPlan } from "@/lib/imports/pipeline/plan";
import { markRepeatedRows, stageFile } from "@/lib/imports/pipeline/stage";
import { writeStagedRows } from "@/lib/imports/pipeline/write";
import { recordEvent } from "@/lib/events/record";
import { timed } from "@/lib/imports/pipeline/timings";

export async function runImportJob(jc: JobContext<ImportJobParams, ImportCursor>): Promise<void> {
  assertCan(jc.ctx, "customer:import");
  const { importId } = jc.params;
  const file = await db.customerImport.findFirstOrThrow({ where: { id: importId, organizationId: jc.ctx.orgId } });
  const plan = await loadImportPlan(jc.ctx, file);
  const cursor = jc.cursor ?? { phase: "stage", row: 0 };
  try {
    if (cursor.phase === "stage") {
      await timed("stage (total)", () => stageFile(jc, plan, file, cursor.row));
      await markRepeatedRows(jc, plan);
    }
    await writeStagedRows(jc, plan, cursor.phase === "write" ? cursor.row : 0);
  } catch (error) {
    // The job resumes (in another worker, or here after a passing database error) and still needs the staged rows.
    if (jc.isFinal(error)) await clearStagedRows(importId);
    throw error;
  }
  await timed("clear staged rows", () => clearStagedRows(importId));
  await recordImportCompleted(jc);
  if (jc.job.created + jc.job.updated > 0) await queueScanAfterImport(jc.ctx);
}

/** import.completed with the job's counters (its rows' events went with each batch). */
async function recordImportCompleted(jc: JobContext<ImportJobParams, ImportCursor>) {
  const { processed, created, updated, skipped, failed, warnings } = jc.job;
  const counts = { processed, created, updated, skipped, failed, warnings };
  const { importId } = jc.params;
  await db.$transaction((tx) =>
    recordEvent(tx, jc.ctx, {
      type: "import.completed",
      resourceType: "import",
      resourceId: importId,
      extra: { counts },
    }),
  );
}

async function clearStagedRows(importId: string) {
  await db.importStagedRow.deleteMany({ where: { importId } });
}
