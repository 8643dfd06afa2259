// A customer_bulk job with batches of 5 that can pause after its first batch, for tests that change
// something (cancel, revoke, demote) while a job is between batches.
import { runBulkJob } from "@/lib/customers/bulk/job";
import { enqueueJob, runPendingJobs } from "@/lib/jobs";
import type { Ctx } from "@/lib/auth/context";
import { CUSTOMER_BULK_JOB, type BulkAction } from "@/lib/customers/bulk/schemas";
import { withHandler } from "./definitions";

let pause: (() => Promise<void>) | null = null;

const gatedJobs = withHandler(CUSTOMER_BULK_JOB, (jc) =>
  runBulkJob(jc, {
    batchSize: 5,
    afterBatch: async () => {
      const once = pause;
      pause = null;
      await once?.();
    },
  }),
);

/** Queues the bulk `action` on the customers tagged `tag`, as `ctx`. */
export function enqueueGatedBulk(ctx: Ctx, action: BulkAction, tag: string, total: number) {
  return enqueueJob(ctx, { kind: CUSTOMER_BULK_JOB, params: { ...action, filter: { tag } }, total });
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
  await runPendingJobs({ limit: 1, definitions: gatedJobs });
  pause = null;
  if (failure) throw failure;
}
