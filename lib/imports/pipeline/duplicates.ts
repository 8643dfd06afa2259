import "server-only";
// Each row that creates a customer is checked for likely duplicates among the stored customers (those
// earlier rows of this import wrote included) — one query per batch. A likely duplicate is a warning
// on the row, never a reason to skip it: the same rules and scores as the customer form.
import type { Tx } from "@/lib/db";
import { findDuplicatesForDrafts } from "@/lib/duplicates/queries";
import { shortReason } from "@/lib/duplicates/format";
import type { DuplicateCandidate } from "@/lib/duplicates/schemas";
import type { RowIssue } from "@/lib/imports/check-row";
import type { Decision } from "@/lib/imports/pipeline/decide";
import type { ImportPlan } from "@/lib/imports/pipeline/types";

/** Candidates named per row; more are counted. */
const NAMED = 1;
/**
 * A row is flagged from this score: a shared key (email, phone, account number, website, asset) or a
 * similar name in the same place. The same name alone (at most 40) would flood a file of people.
 */
const MIN_SCORE = 50;

function warningOf(candidates: DuplicateCandidate[], rowOf: Map<string, number>): RowIssue {
  const [best, ...more] = candidates;
  const why = [...new Set(best!.reasons.map(shortReason))].join(", ");
  const row = rowOf.get(best!.id);
  const where = row === undefined ? "" : ` (row ${row} of this file)`;
  const others = more.length > 0 ? ` and ${more.length} more` : "";
  return {
    column: null,
    message: `Possible duplicate of "${best!.name}"${where}: ${why}; score ${best!.score}${others}`,
  };
}

export async function flagLikelyDuplicates(tx: Tx, plan: ImportPlan, decisions: Decision[]): Promise<Decision[]> {
  const creates = decisions.flatMap((d) => (d.kind === "create" ? [d] : []));
  if (creates.length === 0) return decisions;
  const drafts = creates.map((d) => ({ ...d.data, contacts: d.contact ? [d.contact] : [] }));
  const found = (await findDuplicatesForDrafts(tx, plan.ctx.orgId, drafts, NAMED + 3)).map((list) =>
    list.filter((candidate) => candidate.score >= MIN_SCORE),
  );
  const ids = [...new Set(found.flatMap((list) => list.slice(0, NAMED).map((c) => c.id)))];
  const rows =
    ids.length === 0
      ? []
      : await tx.$queryRawUnsafe<{ id: string; row: number }[]>(
          `SELECT customer_id::text AS id, row_number AS row FROM import_row_result
           WHERE import_id = $1::uuid AND customer_id = ANY($2::uuid[])`,
          plan.importId,
          ids,
        );
  const rowOf = new Map(rows.map((r) => [r.id, r.row]));
  const warnings = new Map(creates.map((d, i) => [d, found[i]!]));
  return decisions.map((d) => {
    const candidates = d.kind === "create" ? warnings.get(d) : undefined;
    return candidates && candidates.length > 0 ? { ...d, warnings: [warningOf(candidates, rowOf)] } : d;
  });
}
