import "server-only";
// The wizard's preview: the first rows as they would be stored, each with its validation result and
// what the run will do (create, update, leave unchanged, skip, fail) — decided by the job's own code.
// The whole file is read for its match keys (only the previewed rows' keys are kept), so a row repeated
// further down is skipped here as the run skips it, and the rest are decided in the run's batches.
import { db, type Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { CustomerData } from "@/lib/customers/schemas";
import type { CheckedContact, RowIssue } from "@/lib/imports/check-row";
import { importConfig } from "@/lib/imports/config";
import { applyDecisions, isWrite, planWrite } from "@/lib/imports/pipeline/apply";
import { decideBatch, type Decision } from "@/lib/imports/pipeline/decide";
import { flagLikelyDuplicates } from "@/lib/imports/pipeline/duplicates";
import { loadImportPlan } from "@/lib/imports/pipeline/plan";
import { matchKeyReader, repeatWarningParams, repeatWarningSql } from "@/lib/imports/pipeline/repeats";
import { rejectTakenSecondaryKeys } from "@/lib/imports/pipeline/secondary-keys";
import { asAppError, openStoredFile } from "@/lib/imports/pipeline/stage";
import type { ImportPlan, StagedRow } from "@/lib/imports/pipeline/types";
import { findImport } from "@/lib/imports/queries";
import { parseImportRun } from "@/lib/imports/run-options";
import type { ImportRunInput } from "@/lib/imports/schemas";
import { replaceUnstorable } from "@/lib/validation";

export interface PreviewRow {
  rowNumber: number;
  /** "unchanged": an update whose values are already stored (the run counts it as skipped, without a warning). */
  action: "create" | "update" | "unchanged" | "skip" | "fail";
  customer: CustomerData | null;
  contact: CheckedContact | null;
  issues: RowIssue[];
}

interface KeyScan {
  rows: StagedRow[];
  /** Previewed rows repeated further down: the last row with the same key wins. */
  winners: Map<number, StagedRow>;
}

/** Reads the whole file: the first `limit` rows, and for their keys the last row of the file that has each. */
async function scanFile(file: Parameters<typeof openStoredFile>[0], plan: ImportPlan, limit: number): Promise<KeyScan> {
  const keyOf = matchKeyReader(plan);
  const rows: (StagedRow & { key: string | null })[] = [];
  const last = new Map<string, StagedRow>();
  try {
    for await (const row of (await openStoredFile(file)).rows) {
      if (rows.length < limit) {
        // As staging stores it: a NUL byte becomes U+FFFD, which checkRow reports naming the column.
        const cells = row.cells.map(replaceUnstorable);
        const key = keyOf(cells);
        rows.push({ rowNumber: row.rowNumber, cells, key });
        if (key !== null) last.set(key, { rowNumber: row.rowNumber, cells });
      } else {
        if (last.size === 0) break;
        const key = keyOf(row.cells);
        if (key !== null && last.has(key))
          last.set(key, { rowNumber: row.rowNumber, cells: row.cells.map(replaceUnstorable) });
      }
    }
  } catch (error) {
    throw asAppError(error);
  }
  const winners = new Map<number, StagedRow>();
  for (const row of rows) {
    const winner = row.key === null ? undefined : last.get(row.key);
    if (winner && winner.rowNumber !== row.rowNumber) winners.set(row.rowNumber, winner);
  }
  return { rows: rows.map(({ rowNumber, cells }) => ({ rowNumber, cells })), winners };
}

/** The run's warning on each superseded row, written by the same SQL expression as markRepeatedRows. */
async function repeatWarnings(tx: Tx, plan: ImportPlan, scan: KeyScan): Promise<Map<number, RowIssue>> {
  if (scan.winners.size === 0) return new Map();
  const repeated = scan.rows
    .filter((row) => scan.winners.has(row.rowNumber))
    .map((row) => ({
      row_number: row.rowNumber,
      cells: row.cells,
      winner_row: scan.winners.get(row.rowNumber)!.rowNumber,
      winner_cells: scan.winners.get(row.rowNumber)!.cells,
    }));
  const warnings = await tx.$queryRawUnsafe<{ row: number; issue: RowIssue }[]>(
    `SELECT s.row_number AS row, ${repeatWarningSql("s.cells", "s.winner_row", "s.winner_cells", 2)} AS issue
     FROM jsonb_to_recordset($1::jsonb) AS s(row_number int, cells text[], winner_row int, winner_cells text[])`,
    JSON.stringify(repeated),
    ...repeatWarningParams(plan),
  );
  return new Map(warnings.map((w) => [w.row, w.issue]));
}

class PreviewRollback extends Error {}

/**
 * Decides the rows the run writes in the run's batches. Should the preview span more than one batch,
 * each earlier batch is written as the run writes it, so the next one sees its customers, and all is
 * rolled back: the preview leaves nothing behind.
 */
async function decideInBatches(tx: Tx, plan: ImportPlan, rows: StagedRow[]): Promise<Decision[]> {
  const size = importConfig.batchRows();
  const decisions: Decision[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const decided = await rejectTakenSecondaryKeys(
      tx,
      plan,
      await decideBatch(tx, plan, rows.slice(start, start + size)),
    );
    const batch = await flagLikelyDuplicates(tx, plan, decided);
    decisions.push(...batch);
    if (start + size < rows.length) await applyDecisions(tx, plan, batch);
  }
  return decisions;
}

function previewRowOf(d: Decision): PreviewRow {
  const row = { rowNumber: d.row.rowNumber, customer: null, contact: null, issues: [] };
  if (isWrite(d)) {
    const action = planWrite(d).unchanged ? "unchanged" : d.kind;
    return { ...row, action, customer: d.data, contact: d.contact, issues: d.warnings ?? [] };
  }
  return d.kind === "unchanged" ? { ...row, action: "unchanged" } : { ...row, action: d.kind, issues: d.issues };
}

export async function previewImport(
  ctx: Ctx,
  id: string,
  input: ImportRunInput,
  limit = importConfig.previewRows,
): Promise<PreviewRow[]> {
  const file = await findImport(ctx, id);
  const run = parseImportRun(input, file.headers as string[]);
  const plan = await loadImportPlan(ctx, {
    ...file,
    mapping: run.mapping as never,
    mode: run.mode,
    matchOn: run.matchOn,
    numberFormat: run.numberFormat,
    dateFormat: run.dateFormat,
    readings: null,
  });
  const scan = await scanFile(file, plan, limit);
  const written = scan.rows.filter((row) => !scan.winners.has(row.rowNumber));
  let result: PreviewRow[] = [];
  try {
    await db.$transaction(
      async (tx) => {
        const warnings = await repeatWarnings(tx, plan, scan);
        const decided = new Map(
          (await decideInBatches(tx, plan, written)).map((d) => [d.row.rowNumber, previewRowOf(d)]),
        );
        result = scan.rows.map(
          (row): PreviewRow =>
            decided.get(row.rowNumber) ?? {
              rowNumber: row.rowNumber,
              action: "skip",
              customer: null,
              contact: null,
              issues: [warnings.get(row.rowNumber)!],
            },
        );
        throw new PreviewRollback();
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (!(error instanceof PreviewRollback)) throw error;
  }
  return result;
}
