import "server-only";
// Runs a bulk action: small selections at once (one transaction per batch), larger ones as a
// `customer_bulk` background job (lib/customers/bulk/job.ts) with progress, checkpoints and cancel.
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { enqueueJob, kickJobs, type JobRecord } from "@/lib/jobs";
import { countSelection } from "@/lib/customers/list-batches";
import { selectionOf, sumSkipped, walk } from "@/lib/customers/bulk/job";
import { skipReasons } from "@/lib/customers/bulk/decide";
import { planBulkAction } from "@/lib/customers/bulk/plan";
import { newUndoId } from "@/lib/customers/bulk/undo";
import {
  BULK_BATCH_SIZE,
  CUSTOMER_BULK_JOB,
  INLINE_BULK_LIMIT,
  parseBulkRequest,
  type BulkResult,
} from "@/lib/customers/bulk/schemas";

export type BulkOutcome = { result: BulkResult } | { job: JobRecord };

export interface BulkRunOptions {
  batchSize?: number;
  /** Selections up to this many rows run inline (default INLINE_BULK_LIMIT). */
  inlineLimit?: number;
}

export async function runBulkAction(ctx: Ctx, input: unknown, options: BulkRunOptions = {}): Promise<BulkOutcome> {
  const request = parseBulkRequest(input);
  const checked = await planBulkAction(ctx, request);
  const selection = selectionOf(request);
  const matching = await countSelection(ctx, selection);
  if (selection.ids && matching === 0) throw notFound("Customer");
  const total = selection.ids ? selection.ids.length : matching;
  const inline = matching <= (options.inlineLimit ?? INLINE_BULK_LIMIT);
  if (!inline) {
    const job = await enqueueJob(ctx, { kind: CUSTOMER_BULK_JOB, params: request, total });
    kickJobs();
    return { job };
  }
  // Run at once, the change keeps what undo needs under an id of its own (a job uses its id).
  const plan = { ...checked, undoId: newUndoId(request.action) };
  const result: BulkResult = { total, processed: 0, updated: 0, skipped: 0, skippedReasons: {}, undoId: null };
  const seen = await walk(
    ctx,
    plan,
    selection,
    { batchSize: options.batchSize ?? BULK_BATCH_SIZE },
    async (outcome) => {
      result.updated += outcome.updated;
      for (const [reason, n] of Object.entries(outcome.skipped))
        result.skippedReasons[reason] = (result.skippedReasons[reason] ?? 0) + n;
    },
  );
  const missing = total - seen;
  if (selection.ids && missing > 0)
    result.skippedReasons[skipReasons.notFound] = (result.skippedReasons[skipReasons.notFound] ?? 0) + missing;
  result.skipped = sumSkipped(result.skippedReasons);
  result.processed = result.updated + result.skipped;
  if (result.updated > 0) result.undoId = plan.undoId;
  return { result };
}
