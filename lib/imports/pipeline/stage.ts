import "server-only";
// Pass 1 of an import: stream the stored file through the reader and stage every row with its match
// key (multi-row inserts, a checkpoint per insert), then find rows repeated later in the file with one
// set-based statement — memory stays bounded however large the file.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { JobContext } from "@/lib/jobs/types";
import type { ImportCursor } from "@/lib/imports/jobs";
import { openTable, isImportFileError, type OpenedTable } from "@/lib/imports/parse";
import { importConfig } from "@/lib/imports/config";
import { matchKeyReader, repeatWarningParams, repeatWarningSql } from "@/lib/imports/pipeline/repeats";
import { readStoredFile } from "@/lib/imports/storage";
import { insertRows } from "@/lib/imports/sql";
import type { ImportPlan } from "@/lib/imports/pipeline/types";
import { timed } from "@/lib/imports/pipeline/timings";
import { analyzeTables } from "@/lib/imports/pipeline/statistics";
import { replaceUnstorable } from "@/lib/validation";

interface StoredImport {
  id: string;
  filename: string;
  format: string;
  delimiter: string | null;
  encoding: string | null;
}

/** Opens the stored file with the format, delimiter and encoding found at upload. */
export async function openStoredFile(file: StoredImport): Promise<OpenedTable> {
  try {
    return await openTable(readStoredFile(file.id), {
      filename: file.filename,
      format: file.format === "xlsx" ? "xlsx" : "csv",
      delimiter: (file.delimiter ?? undefined) as never,
      encoding: (file.encoding ?? undefined) as never,
      maxRows: importConfig.maxRows(),
      maxColumns: importConfig.maxColumns(),
    });
  } catch (error) {
    throw asAppError(error);
  }
}

export function asAppError(error: unknown): unknown {
  return isImportFileError(error) ? new AppError("VALIDATION", error.message) : error;
}

export async function stageFile(
  jc: JobContext<unknown, ImportCursor>,
  plan: ImportPlan,
  file: StoredImport,
  after: number,
): Promise<void> {
  const table = await openStoredFile(file);
  const size = importConfig.stageRows();
  const keyOf = matchKeyReader(plan);
  let batch: { importId: string; rowNumber: number; matchKey: string | null; cells: string[] }[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    await timed("stage: write chunk (total)", () =>
      db.$transaction(
        async (tx) => {
          await insertRows(tx, "import_staged_row", rows);
          await jc.progress({}, { phase: "stage", row: rows[rows.length - 1]!.rowNumber } satisfies ImportCursor, tx);
        },
        { timeout: 120_000, maxWait: 60_000 },
      ),
    );
  };
  try {
    for await (const row of table.rows) {
      if (row.rowNumber <= after) continue;
      // A NUL byte cannot be stored: kept as U+FFFD, and checkRow fails the row naming the column.
      const cells = row.cells.map(replaceUnstorable);
      batch.push({ importId: plan.importId, rowNumber: row.rowNumber, matchKey: keyOf(cells), cells });
      if (batch.length >= size) await flush();
    }
  } catch (error) {
    throw asAppError(error);
  }
  await flush();
}

/**
 * Marks every row repeated later in the file (the last occurrence wins), warns about each with what the
 * winning row leaves blank, sets the total.
 */
export async function markRepeatedRows(jc: JobContext<unknown, ImportCursor>, plan: ImportPlan): Promise<void> {
  await timed("stage: mark repeated rows", () => markRepeats(jc, plan));
}

async function markRepeats(jc: JobContext<unknown, ImportCursor>, plan: ImportPlan): Promise<void> {
  // The table just grew by a whole file: fresh statistics keep both passes on their indexes. (Run in
  // the organization's transaction, as it was, the app's role may not analyze and it was skipped.)
  await analyzeTables(["import_staged_row"]);
  await db.$transaction(
    async (tx) => {
      // Index probes on (import_id, match_key) per row: linear in the file whatever plan is chosen.
      await tx.$executeRawUnsafe(
        `UPDATE import_staged_row s
         SET superseded_by = (SELECT max(t.row_number) FROM import_staged_row t WHERE t.import_id = s.import_id AND t.match_key = s.match_key)
         WHERE s.import_id = $1::uuid AND s.match_key IS NOT NULL
           AND EXISTS (SELECT 1 FROM import_staged_row t
                       WHERE t.import_id = s.import_id AND t.match_key = s.match_key AND t.row_number > s.row_number)`,
        plan.importId,
      );
      const repeated = await tx.$executeRawUnsafe(
        `INSERT INTO import_row_issue (import_id, row_number, severity, messages)
         SELECT s.import_id, s.row_number, 'warning', jsonb_build_array(${repeatWarningSql("s.cells", "s.superseded_by", "w.cells", 2)})
         FROM import_staged_row s
         JOIN import_staged_row w ON w.import_id = s.import_id AND w.row_number = s.superseded_by
         WHERE s.import_id = $1::uuid AND s.superseded_by IS NOT NULL`,
        plan.importId,
        ...repeatWarningParams(plan),
      );
      const [{ total }] = await tx.$queryRawUnsafe<[{ total: number }]>(
        `SELECT count(*)::int AS total FROM import_staged_row WHERE import_id = $1::uuid`,
        plan.importId,
      );
      await tx.job.update({ where: { id: jc.job.id }, data: { total } });
      jc.job.total = total;
      await jc.progress(
        { processed: repeated, skipped: repeated, warnings: repeated },
        { phase: "write", row: 0 } satisfies ImportCursor,
        tx,
      );
    },
    { timeout: 600_000 },
  );
}
