import "server-only";
// Runs queued jobs: any app instance claims one at a time with a lease (FOR UPDATE SKIP LOCKED, so
// two workers never run one job), renews it while the handler works, and a job whose lease expired
// (its worker crashed) is claimed again and resumes from its last committed checkpoint.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { db, type Tx } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { jobActorCtx } from "@/lib/jobs/actor";
import { findJobHandler, registeredJobKinds } from "@/lib/jobs/registry";
import {
  JobCancelledError,
  JobLeaseLostError,
  jobCounters,
  type JobContext,
  type JobCounterDelta,
  type JobRecord,
} from "@/lib/jobs/types";

const leaseSeconds = () => Number(process.env.JOBS_LEASE_SECONDS ?? 60);
const maxAttempts = () => Number(process.env.JOBS_MAX_ATTEMPTS ?? 5);
const defaultWorkerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Claims the oldest runnable job of a registered kind: queued, or running with an expired lease. */
async function claimNextJob(workerId: string): Promise<JobRecord | null> {
  const kinds = registeredJobKinds();
  if (kinds.length === 0) return null;
  const runnable = `(status = 'queued' OR (status = 'running' AND lease_expires_at < now()))`;
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE job SET status = 'running', lease_owner = $1, lease_expires_at = now() + make_interval(secs => $2),
       attempts = attempts + 1, started_at = COALESCE(started_at, now()), updated_at = now()
     WHERE id = (SELECT id FROM job WHERE kind = ANY($3::text[]) AND ${runnable}
                 ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
       AND ${runnable}
     RETURNING id`,
    workerId,
    leaseSeconds(),
    kinds,
  );
  return rows[0] ? db.job.findUniqueOrThrow({ where: { id: rows[0].id } }) : null;
}

async function finishJob(job: JobRecord, workerId: string, status: "completed" | "failed" | "cancelled", error?: string) {
  await db.job.updateMany({
    where: { id: job.id, leaseOwner: workerId, status: "running" },
    data: { status, error: error ?? null, finishedAt: new Date(), leaseOwner: null, leaseExpiresAt: null },
  });
}

function makeContext(job: JobRecord, ctx: JobContext["ctx"], workerId: string): JobContext {
  const jc: JobContext = {
    job,
    ctx,
    async progress(delta: JobCounterDelta, cursor?: unknown, tx?: Tx) {
      const sets = jobCounters.map((counter, i) => `"${counter}" = "${counter}" + $${i + 4}`).join(", ");
      const rows = await (tx ?? db).$queryRawUnsafe<(JobRecord & { cancel_requested_at: Date | null })[]>(
        `UPDATE job SET ${sets}, cursor = COALESCE($2::jsonb, cursor),
           lease_expires_at = now() + make_interval(secs => $3), updated_at = now()
         WHERE id = $1::uuid AND lease_owner = $${jobCounters.length + 4} AND status = 'running'
         RETURNING cancel_requested_at, ${jobCounters.map((c) => `"${c}"`).join(", ")}`,
        job.id,
        cursor === undefined ? null : JSON.stringify(cursor),
        leaseSeconds(),
        ...jobCounters.map((counter) => Math.trunc(delta[counter] ?? 0)),
        workerId,
      );
      const row = rows[0];
      if (!row) throw new JobLeaseLostError();
      for (const counter of jobCounters) job[counter] = row[counter];
      if (cursor !== undefined) job.cursor = cursor as JobRecord["cursor"];
      if (row.cancel_requested_at) throw new JobCancelledError();
    },
  };
  return jc;
}

/** Keeps the lease alive while a long batch runs; never revives a lease that already expired. */
function startHeartbeat(job: JobRecord, workerId: string): () => void {
  const timer = setInterval(() => {
    db.$executeRawUnsafe(
      `UPDATE job SET lease_expires_at = now() + make_interval(secs => $3)
       WHERE id = $1::uuid AND lease_owner = $2 AND status = 'running' AND lease_expires_at > now()`,
      job.id,
      workerId,
      leaseSeconds(),
    ).catch((error: unknown) => console.error(JSON.stringify({ level: "error", msg: "jobs.heartbeat", jobId: job.id, error: String(error) })));
  }, (leaseSeconds() * 1000) / 3);
  timer.unref();
  return () => clearInterval(timer);
}

function describeFailure(job: JobRecord, error: unknown): string {
  if (isAppError(error)) return error.message;
  const reference = randomUUID();
  console.error(
    JSON.stringify({ level: "error", msg: "jobs.failed", jobId: job.id, kind: job.kind, reference, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
  return `Something went wrong. Reference: ${reference}`;
}

async function runClaimedJob(job: JobRecord, workerId: string): Promise<void> {
  const handler = findJobHandler(job.kind);
  if (!handler) return;
  if (job.attempts > maxAttempts()) {
    await finishJob(job, workerId, "failed", `Stopped after ${maxAttempts()} attempts.`);
    return;
  }
  if (job.cancelRequestedAt) {
    await finishJob(job, workerId, "cancelled");
    return;
  }
  const stopHeartbeat = startHeartbeat(job, workerId);
  try {
    await handler(makeContext(job, await jobActorCtx(job), workerId));
    await finishJob(job, workerId, "completed");
  } catch (error) {
    if (error instanceof JobLeaseLostError) return;
    if (error instanceof JobCancelledError) await finishJob(job, workerId, "cancelled");
    else await finishJob(job, workerId, "failed", describeFailure(job, error));
  } finally {
    stopHeartbeat();
  }
}

/** Claims and runs jobs one after another until none is runnable (or `limit` ran); returns how many ran. */
export async function runPendingJobs(opts: { workerId?: string; limit?: number } = {}): Promise<number> {
  const workerId = opts.workerId ?? defaultWorkerId;
  const limit = opts.limit ?? 10;
  let ran = 0;
  while (ran < limit) {
    const job = await claimNextJob(workerId);
    if (!job) break;
    await runClaimedJob(job, workerId);
    ran++;
  }
  return ran;
}

/** Whether this process runs jobs itself (off with JOBS_WORKER=off, and in tests, which run them explicitly). */
export function jobsWorkerEnabled(): boolean {
  return process.env.JOBS_WORKER !== "off" && !process.env.VITEST && process.env.NODE_ENV !== "test";
}

/** Starts running just-queued jobs in this process without waiting (the worker loop would find them too). */
export function kickJobs(): void {
  if (!jobsWorkerEnabled()) return;
  void import("@/lib/jobs/handlers")
    .then(() => runPendingJobs())
    .catch((error: unknown) => console.error(JSON.stringify({ level: "error", msg: "jobs.kick", error: String(error) })));
}
