import "server-only";
// Runs a bulk action: small selections at once (one transaction per batch), larger ones as a
// `customer_bulk` background job with progress, checkpoints and cancel. "All matching this filter"
// is resolved while running, batch by batch in id order, so it stays bounded and sees current data.
import { db, type Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { enqueueJob, kickJobs, type JobContext, type JobRecord } from "@/lib/jobs";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import {
  countSelection,
  customerIdBatches,
  type BatchCursor,
  type CustomerBatchSelection,
} from "@/lib/customers/list-batches";
import { applyBulkBatch, type BatchOutcome } from "@/lib/customers/bulk/apply";
import { skipReasons } from "@/lib/customers/bulk/decide";
import { planBulkAction, type BulkPlan } from "@/lib/customers/bulk/plan";
import {
  BULK_BATCH_SIZE,
  INLINE_BULK_LIMIT,
  parseBulkRequest,
  type BulkRequest,
  type BulkRequestInput,
  type BulkResult,
} from "@/lib/customers/bulk/schemas";

export const CUSTOMER_BULK_JOB = "customer_bulk";

export type BulkOutcome = { result: BulkResult } | { job: JobRecord };

export interface BulkRunOptions {
  batchSize?: number;
  /** Selections up to this many rows run inline (default INLINE_BULK_LIMIT). */
  inlineLimit?: number;
}

function selectionOf(request: BulkRequest): CustomerBatchSelection {
  if ("ids" in request) return { params: parseCustomerListParams({}), ids: request.ids };
  return { params: parseCustomerListParams(request.filter) };
}

const TX_OPTIONS = { timeout: 60_000, maxWait: 10_000 };

/** Walks the selection from `after`, applying each batch in its own transaction; `onBatch` runs inside it. */
async function walk(
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

const sumSkipped = (skipped: Record<string, number>) => Object.values(skipped).reduce((a, b) => a + b, 0);

export async function runBulkAction(
  ctx: Ctx,
  input: BulkRequestInput,
  options: BulkRunOptions = {},
): Promise<BulkOutcome> {
  const request = parseBulkRequest(input);
  const plan = await planBulkAction(ctx, request);
  const selection = selectionOf(request);
  const matching = await countSelection(ctx, selection);
  if (selection.ids && matching === 0) throw notFound("Customer");
  const total = selection.ids ? selection.ids.length : matching;
  if (matching > (options.inlineLimit ?? INLINE_BULK_LIMIT)) {
    const job = await enqueueJob(ctx, { kind: CUSTOMER_BULK_JOB, params: request, total });
    kickJobs();
    return { job };
  }
  const result: BulkResult = { total, processed: 0, updated: 0, skipped: 0, skippedReasons: {} };
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
  return { result };
}

interface BulkCheckpoint {
  after: BatchCursor;
  seen: number;
  skippedReasons: Record<string, number>;
}

/** The `customer_bulk` job: re-checks the plan with the creator's current role, resumes after its checkpoint. */
export async function runBulkJob(
  { job, ctx, progress }: JobContext,
  options: { batchSize?: number; afterBatch?: () => Promise<void> } = {},
): Promise<void> {
  const request = parseBulkRequest(job.params);
  const plan = await planBulkAction(ctx, request);
  const selection = selectionOf(request);
  const checkpoint = job.cursor as BulkCheckpoint | null;
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
