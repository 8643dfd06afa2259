import "server-only";
// Each row that creates a customer is checked for likely duplicates among the stored customers (those
// earlier batches of this import wrote included; names looked up by place only, as only a name in the
// same place can reach MIN_SCORE) and, when none is found, among the earlier rows of its
// own batch — two queries per batch. A likely duplicate is a warning on the row, never a reason to skip
// it: the same rules and scores as the customer form.
import type { Tx } from "@/lib/db";
import { findDuplicatesForDrafts, findDuplicatesWithinDrafts, type DraftDuplicate } from "@/lib/duplicates/queries";
import { shortReason } from "@/lib/duplicates/format";
import type { DuplicateCandidate } from "@/lib/duplicates/schemas";
import type { DuplicateReason } from "@/lib/duplicates/scoring";
import type { RowIssue } from "@/lib/imports/check-row";
import type { Decision } from "@/lib/imports/pipeline/decide";
import type { ImportPlan } from "@/lib/imports/pipeline/types";
import { timed } from "@/lib/imports/pipeline/timings";

/** Candidates named per row; more are counted. */
const NAMED = 1;
/**
 * A row is flagged from this score: a shared key (email, phone, account number, website, asset) or a
 * similar name in the same place. The same name alone (at most 40) would flood a file of people.
 */
const MIN_SCORE = 50;

function warning(name: string, row: number | undefined, reasons: DuplicateReason[], score: number, more: number) {
  const why = [...new Set(reasons.map(shortReason))].join(", ");
  const where = row === undefined ? "" : ` (row ${row} of this file)`;
  const others = more > 0 ? ` and ${more} more` : "";
  return { column: null, message: `Possible duplicate of "${name}"${where}: ${why}; score ${score}${others}` };
}

function warningOf(candidates: DuplicateCandidate[], rowOf: Map<string, number>): RowIssue {
  const [best, ...more] = candidates;
  return warning(best!.name, rowOf.get(best!.id), best!.reasons, best!.score, more.length);
}

/** The warning for a row that looks like earlier rows of its own batch (not stored yet). */
function batchWarningOf(matches: DraftDuplicate[], creates: CreateDecision[]): RowIssue {
  const [best, ...more] = matches;
  // The parsed data's name is already the person's built name (lib/customers/schemas.ts).
  const earlier = creates[best!.earlier]!;
  return warning(earlier.data.name, earlier.row.rowNumber, best!.reasons, best!.score, more.length);
}

type CreateDecision = Extract<Decision, { kind: "create" | "update" }>;

export async function flagLikelyDuplicates(tx: Tx, plan: ImportPlan, decisions: Decision[]): Promise<Decision[]> {
  const creates = decisions.flatMap((d) => (d.kind === "create" ? [d] : []));
  if (creates.length === 0) return decisions;
  const drafts = creates.map((d) => ({ ...d.data, contacts: d.contact ? [d.contact] : [] }));
  // Matched on the account number, a created row's number is held by no stored customer (the batch's
  // lock query found none), so its lookup is left out: one index probe a row fewer.
  const lookups = plan.matchOn === "accountNumber" ? drafts.map((d) => ({ ...d, accountNumber: null })) : drafts;
  const stored = await timed("duplicates: stored customers", () =>
    findDuplicatesForDrafts(tx, plan.ctx.orgId, lookups, { limit: NAMED + 3, names: "located" }),
  );
  const within = await timed("duplicates: within the batch", () => findDuplicatesWithinDrafts(tx, drafts));
  const found = stored.map((list) => list.filter((candidate) => candidate.score >= MIN_SCORE));
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
  const warnings = new Map<Decision, RowIssue>();
  creates.forEach((d, i) => {
    const batchMatches = within[i]!.filter((match) => match.score >= MIN_SCORE);
    if (found[i]!.length > 0) warnings.set(d, warningOf(found[i]!, rowOf));
    else if (batchMatches.length > 0) warnings.set(d, batchWarningOf(batchMatches, creates));
  });
  return decisions.map((d) => {
    const issue = warnings.get(d);
    return issue ? { ...d, warnings: [issue] } : d;
  });
}
