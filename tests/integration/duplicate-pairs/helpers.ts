// Duplicate-pair test helpers: run a scan to the end, and read an organization's pairs by customer.
import type { Ctx } from "@/lib/auth/context";
import { getJob, runPendingJobs } from "@/lib/jobs";
import { startDuplicateScan } from "@/lib/duplicate-pairs/mutations";
import { listDuplicatePairs } from "@/lib/duplicate-pairs/queries";
import { duplicateListCodec } from "@/lib/duplicate-pairs/list-params";

export async function scan(ctx: Ctx) {
  const job = await startDuplicateScan(ctx);
  await runPendingJobs({ limit: 50 });
  return getJob(ctx, job.id);
}

export function list(ctx: Ctx, query: Record<string, string> = {}) {
  return listDuplicatePairs(ctx, duplicateListCodec.parse({ perPage: "100", ...query }));
}

/** The pair of `a` and `b` on the list, if shown. */
export async function findPair(ctx: Ctx, a: string, b: string) {
  const { rows } = await list(ctx);
  return rows.find((row) => row.customers.some((c) => c.id === a) && row.customers.some((c) => c.id === b));
}
