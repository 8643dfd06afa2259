import "server-only";
// Pass 2 of an import: the staged rows that were not repeated later, in batches; each batch and its
// checkpoint commit in one transaction, so a crash loses nothing reported and a resumed job continues
// right after the last committed batch.
import { db, type Tx } from "@/lib/db";
import type { JobContext } from "@/lib/jobs/types";
import { importConfig } from "@/lib/imports/config";
import { applyDecisions } from "@/lib/imports/pipeline/apply";
import { decideBatch } from "@/lib/imports/pipeline/decide";
import { flagLikelyDuplicates } from "@/lib/imports/pipeline/duplicates";
import { rejectTakenSecondaryKeys } from "@/lib/imports/pipeline/secondary-keys";
import type { ImportCursor } from "@/lib/imports/jobs";
import { addCounts, type BatchCounts, type ImportPlan, type StagedRow } from "@/lib/imports/pipeline/types";
import { insertRows, withSavepoint } from "@/lib/imports/sql";
import { timed } from "@/lib/imports/pipeline/timings";
import { statisticsRefresher } from "@/lib/imports/pipeline/statistics";

/**
 * Writes rows inside a savepoint. Should a concurrent write elsewhere break a unique index, the batch
 * is split in halves until the offending row is alone and recorded as failed; the rest still commit.
 */
async function writeRows(tx: Tx, plan: ImportPlan, rows: StagedRow[]): Promise<BatchCounts> {
  const written = await withSavepoint(tx, async () => {
    const matched = await decideBatch(tx, plan, rows);
    const decided = await timed("other unique key", () => rejectTakenSecondaryKeys(tx, plan, matched));
    const decisions = await timed("likely duplicates", () => flagLikelyDuplicates(tx, plan, decided));
    return applyDecisions(tx, plan, decisions);
  });
  if (written) return written;
  if (rows.length === 1) {
    const row = rows[0]!;
    await insertRows(tx, "import_row_issue", [
      {
        importId: plan.importId,
        rowNumber: row.rowNumber,
        severity: "error",
        cells: row.cells,
        messages: [
          {
            column: null,
            message: "Another customer with the same account number or email was saved at the same time",
          },
        ],
      },
    ]);
    return { processed: 1, created: 0, updated: 0, skipped: 0, failed: 1, warnings: 0 };
  }
  const half = Math.ceil(rows.length / 2);
  return addCounts(await writeRows(tx, plan, rows.slice(0, half)), await writeRows(tx, plan, rows.slice(half)));
}

export async function writeStagedRows(
  jc: JobContext<unknown, ImportCursor>,
  plan: ImportPlan,
  after: number,
): Promise<void> {
  const size = importConfig.batchRows();
  const refreshStatistics = statisticsRefresher();
  let written = 0;
  for (let last = after; ;) {
    const rows = await timed("read staged rows", () =>
      db.$queryRawUnsafe<{ row_number: number; cells: string[] }[]>(
        `SELECT row_number, cells FROM import_staged_row
       WHERE import_id = $1::uuid AND row_number > $2 AND superseded_by IS NULL
       ORDER BY row_number LIMIT $3`,
        plan.importId,
        last,
        size,
      ),
    );
    if (rows.length === 0) return;
    const batch = rows.map((row) => ({ rowNumber: row.row_number, cells: row.cells }));
    last = batch[batch.length - 1]!.rowNumber;
    await timed("write batch (total)", () =>
      db.$transaction(
        async (tx) => {
          const counts = await writeRows(tx, plan, batch);
          await timed("checkpoint", () =>
            jc.progress(counts, { phase: "write", row: last } satisfies ImportCursor, tx),
          );
        },
        { timeout: 300_000, maxWait: 60_000 },
      ),
    );
    written += batch.length;
    await refreshStatistics(written);
  }
}
