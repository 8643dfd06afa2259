import "server-only";
// The `customer_bulk` job, and the batch walk it shares with bulk actions run at once: "all matching
// this filter" is resolved while running, batch by batch in id order, so it stays bounded and sees
// current data; each batch and its checkpoint commit together.
import { db, type Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { JobContext } from "@/lib/jobs/types";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { customerIdBatches, type BatchCursor, type CustomerBatchSelection } from "@/lib/customers/list-batches";
import { applyBulkBatch, type BatchOutcome } from "@/lib/customers/bulk/apply";
import { planBulkAction, type BulkPlan } from "@/lib/customers/bulk/plan";
import {
  BULK_BATCH_SIZE,
  isUndoableBulkAction,
  type BulkCheckpoint,
  type BulkRequest,
} from "@/lib/customers/bulk/schemas";

export function selectionOf(request: BulkRequest): CustomerBatchSelection {
  if ("ids" in request) return { params: parseCustomerListParams({}), ids: request.ids };
  return { params: parseCustomerListParams(request.filter) };
}

const TX_OPTIONS = { timeout: 60_000, maxWait: 10_000 };

/** Walks the selection from `after`, applying each batch in its own transaction; `onBatch` runs inside it. */
export async function walk(
  ctx: Ctx,
  plan: BulkPlan,
  selection: CustomerBatchSelection,
  opts: { batchSize: number; after?: BatchCursor | null; afterBatch?: () => Promise<void> },
  onBatch: (outcome: BatchOutcome, ids: string[], cursor: BatchCursor, tx: Tx) => Promise<void>,
): Promise<number> {
  let seen = 0;
  for await (const batch of customerIdBatches(ctx, selection, {
    batchSize: opts.batchSize,
    order: "id",
    after: opts.after,
  })) {
    seen += batch.ids.length;
    await db.$transaction(async (tx) => {
      const outcome = await applyBulkBatch(tx, ctx, plan, batch.ids);
      await onBatch(outcome, batch.ids, batch.cursor, tx);
    }, TX_OPTIONS);
    await opts.afterBatch?.();
  }
  return seen;
}

export const sumSkipped = (skipped: Record<string, number>) => Object.values(skipped).reduce((a, b) => a + b, 0);

/** The `customer_bulk` job: re-checks the plan with the creator's current role, resumes after its checkpoint. */
export async function runBulkJob(
  jc: JobContext<BulkRequest, BulkCheckpoint>,
  options: { batchSize?: number; afterBatch?: () => Promise<void> } = {},
): Promise<void> {
  const { params: request, cursor: checkpoint, ctx, progress } = jc;
  // The job's own id keeps what undo needs, so every try (and resumption) adds to the same bulk change.
  const plan = await planBulkAction(ctx, request, {
    undoId: isUndoableBulkAction(request.action) ? jc.job.id : null,
  });
  const selection = selectionOf(request);
  const state = { seen: checkpoint?.seen ?? 0, skippedReasons: { ...checkpoint?.skippedReasons } };
  await walk(
    ctx,
    plan,
    selection,
    { batchSize: options.batchSize ?? BULK_BATCH_SIZE, after: checkpoint?.after, afterBatch: options.afterBatch },
    async (outcome, ids, after, tx) => {
      state.seen += ids.length;
      for (const [reason, n] of Object.entries(outcome.skipped))
        state.skippedReasons[reason] = (state.skippedReasons[reason] ?? 0) + n;
      const skipped = sumSkipped(outcome.skipped);
      const next: BulkCheckpoint = { after, seen: state.seen, skippedReasons: state.skippedReasons };
      await progress({ processed: outcome.updated + skipped, updated: outcome.updated, skipped }, next, tx);
    },
  );
  const missing = selection.ids ? selection.ids.length - state.seen : 0;
  if (missing > 0) await progress({ processed: missing, skipped: missing });
}
