// A customer_bulk job with batches of 5 that can pause after its first batch, for tests that change
// something (cancel, revoke, demote) while a job is between batches.
import { runBulkJob } from "@/lib/customers/bulk/run";
import { enqueueJob, registerJobHandler, runPendingJobs } from "@/lib/jobs";
import type { Ctx } from "@/lib/auth/context";
import type { BulkAction } from "@/lib/customers/bulk/schemas";

export const GATED_BULK = "test_bulk_gated_5";
let pause: (() => Promise<void>) | null = null;

registerJobHandler(
  GATED_BULK,
  (jc) =>
    runBulkJob(jc, {
      batchSize: 5,
      afterBatch: async () => {
        const once = pause;
        pause = null;
        await once?.();
      },
    }),
  "customer:bulk",
);

/** Queues the bulk `action` on the customers tagged `tag`, as `ctx`. */
export function enqueueGatedBulk(ctx: Ctx, action: BulkAction, tag: string, total: number) {
  return enqueueJob(ctx, { kind: GATED_BULK, params: { ...action, filter: { tag } }, total });
}

/** Runs pending jobs; after the first batch of the gated job, `between` runs before it goes on. */
export async function runWithPause(between: () => Promise<void>) {
  let failure: unknown;
  pause = async () => {
    try {
      await between();
    } catch (error) {
      failure = error;
    }
  };
  await runPendingJobs({ limit: 1 });
  pause = null;
  if (failure) throw failure;
}
