// Stopping jobs in bulk, inside the caller's transaction (revoking an API key stops its jobs).
// No "server-only": lib/api-keys/mutations.ts, which the seed script loads, calls it.
import type { Db, Prisma, Tx } from "@/lib/db";

/** Why a job stopped without anyone cancelling it: who started it may no longer run it. */
export const actorStopReasons = {
  keyRevoked: "The API key that started this job was revoked.",
  keyNotPermitted: "The API key that started this job has a role that may not run it.",
  notMember: "The user who started this job is no longer a member.",
  notPermitted: "The user who started this job no longer has a role that may run it.",
} as const;

/**
 * Cancels the matching queued jobs and asks the running ones to stop at their next checkpoint, with
 * `reason` as their error (shown with the cancelled job). Returns how many were touched.
 */
export async function stopJobs(tx: Tx | Db, where: Prisma.JobWhereInput, reason?: string): Promise<number> {
  const now = new Date();
  const queued = await tx.job.updateMany({
    where: { ...where, status: "queued" },
    data: { status: "cancelled", cancelRequestedAt: now, finishedAt: now, error: reason ?? null },
  });
  const running = await tx.job.updateMany({
    where: { ...where, status: "running", cancelRequestedAt: null },
    data: { cancelRequestedAt: now, error: reason ?? null },
  });
  return queued.count + running.count;
}
