import "server-only";
// Runs queued jobs: any app instance claims one at a time with a lease (FOR UPDATE SKIP LOCKED, so
// two workers never run one job), renews it while the handler works, and a job whose lease expired
// (its worker crashed) is claimed again and resumes from its last committed checkpoint. A passing
// database error (lost connection, serialization failure, deadlock, lock timeout) resumes the same
// way in this worker, keeping the lease, after an exponential backoff with jitter.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { db, type Tx } from "@/lib/db";
import { describeTransientDbError, isTransientDbError } from "@/lib/db/errors";
import { isAppError } from "@/lib/errors";
import { actorRoleColumns, checkActor, resolveJobActor, type ActorRoles } from "@/lib/jobs/actor";
import { findJobHandler, registeredJobKinds } from "@/lib/jobs/registry";
import {
  JobActorChangedError,
  JobCancelledError,
  JobLeaseLostError,
  jobCounters,
  type JobContext,
  type JobCounterDelta,
  type JobHandler,
  type JobRecord,
} from "@/lib/jobs/types";

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const leaseSeconds = () => envNumber("JOBS_LEASE_SECONDS", 60);
/** Tries per job: the first run, resumptions after a crash and retries after a passing database error. */
const maxAttempts = () => Math.floor(envNumber("JOBS_MAX_ATTEMPTS", 5));
const retryBaseMs = () => envNumber("JOBS_RETRY_BASE_MS", 1000);
const retryMaxMs = () => envNumber("JOBS_RETRY_MAX_MS", 30_000);
const defaultWorkerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** The wait before try `attempt + 1`: doubling from JOBS_RETRY_BASE_MS up to JOBS_RETRY_MAX_MS, half of it random. */
function retryDelayMs(attempt: number): number {
  const ceiling = Math.min(retryMaxMs(), retryBaseMs() * 2 ** Math.max(0, attempt - 1));
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

function log(level: "warn" | "error", msg: string, fields: Record<string, unknown>) {
  console[level](JSON.stringify({ level, msg, ...fields }));
}

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

/** Before another try in this worker: records the attempt, renews the lease and reloads the checkpoint. */
async function retakeJob(job: JobRecord, workerId: string): Promise<JobRecord | null> {
  const count = await db.$executeRawUnsafe(
    `UPDATE job SET attempts = $3, lease_expires_at = now() + make_interval(secs => $4), updated_at = now()
     WHERE id = $1::uuid AND lease_owner = $2 AND status = 'running'`,
    job.id,
    workerId,
    job.attempts,
    leaseSeconds(),
  );
  return count === 0 ? null : db.job.findUniqueOrThrow({ where: { id: job.id } });
}

async function finishJob(job: JobRecord, workerId: string, status: "completed" | "failed" | "cancelled", error?: string) {
  // The outcome is worth a few tries of its own: otherwise the job runs again once its lease expires.
  for (let attempt = 1; ; attempt++) {
    try {
      await db.job.updateMany({
        where: { id: job.id, leaseOwner: workerId, status: "running" },
        data: { status, error: error ?? null, finishedAt: new Date(), leaseOwner: null, leaseExpiresAt: null },
      });
      return;
    } catch (failure) {
      if (!isTransientDbError(failure) || attempt >= maxAttempts()) throw failure;
      await sleep(retryDelayMs(attempt));
    }
  }
}

type ProgressRow = JobRecord & ActorRoles & { cancel_requested_at: Date | null };

function makeContext(job: JobRecord, ctx: JobContext["ctx"], workerId: string): JobContext {
  return {
    job,
    ctx,
    async progress(delta: JobCounterDelta, cursor?: unknown, tx?: Tx) {
      const sets = jobCounters.map((counter, i) => `"${counter}" = "${counter}" + $${i + 4}`).join(", ");
      const rows = await (tx ?? db).$queryRawUnsafe<ProgressRow[]>(
        `UPDATE job SET ${sets}, cursor = COALESCE($2::jsonb, cursor),
           lease_expires_at = now() + make_interval(secs => $3), updated_at = now()
         WHERE id = $1::uuid AND lease_owner = $${jobCounters.length + 4} AND status = 'running'
         RETURNING cancel_requested_at, error, ${jobCounters.map((c) => `"${c}"`).join(", ")}, ${actorRoleColumns}`,
        job.id,
        cursor === undefined ? null : JSON.stringify(cursor),
        leaseSeconds(),
        ...jobCounters.map((counter) => Math.trunc(delta[counter] ?? 0)),
        workerId,
      );
      const row = rows[0];
      if (!row) throw new JobLeaseLostError();
      if (row.cancel_requested_at) throw new JobCancelledError(row.error ?? undefined);
      const actor = checkActor(job, row);
      if ("stop" in actor) throw new JobCancelledError(actor.stop);
      if (actor.role !== ctx.role) throw new JobActorChangedError();
      for (const counter of jobCounters) job[counter] = row[counter];
      if (cursor !== undefined) job.cursor = cursor as JobRecord["cursor"];
    },
    isFinal: (error) => !resumes(job, error),
  };
}

/** Whether the runner goes on with the job after `error` (from its last checkpoint), here or in another worker. */
function resumes(job: JobRecord, error: unknown): boolean {
  if (error instanceof JobLeaseLostError || error instanceof JobActorChangedError) return true;
  return isTransientDbError(error) && job.attempts < maxAttempts();
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
    ).catch((error: unknown) => log("error", "jobs.heartbeat", { jobId: job.id, error: String(error) }));
  }, (leaseSeconds() * 1000) / 3);
  timer.unref();
  return () => clearInterval(timer);
}

function describeFailure(job: JobRecord, error: unknown): string {
  if (isAppError(error)) return error.message;
  const transient = describeTransientDbError(error);
  if (transient) return `Stopped after ${job.attempts} attempts: ${transient}.`;
  const reference = randomUUID();
  log("error", "jobs.failed", {
    jobId: job.id,
    kind: job.kind,
    reference,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
  return `Something went wrong. Reference: ${reference}`;
}

type Outcome =
  | { end: "completed" | "failed" | "cancelled"; error?: string }
  | { end: "leaseLost" }
  | { resume: "retry" | "restart" };

/** One try: (after the first) retake the job, check its actor, run the handler from the checkpoint. */
async function attemptJob(job: JobRecord, handler: JobHandler, workerId: string, retake: boolean): Promise<Outcome> {
  try {
    if (retake) {
      const fresh = await retakeJob(job, workerId);
      if (!fresh) return { end: "leaseLost" };
      Object.assign(job, fresh);
    }
    if (job.cancelRequestedAt) return { end: "cancelled", error: job.error ?? undefined };
    const actor = await resolveJobActor(job);
    if ("stop" in actor) return { end: "cancelled", error: actor.stop };
    await handler(makeContext(job, actor.ctx, workerId));
    return { end: "completed" };
  } catch (error) {
    if (error instanceof JobLeaseLostError) return { end: "leaseLost" };
    if (error instanceof JobCancelledError) return { end: "cancelled", error: error.reason };
    if (error instanceof JobActorChangedError) return { resume: "restart" };
    if (resumes(job, error)) {
      log("warn", "jobs.retry", { jobId: job.id, kind: job.kind, attempt: job.attempts, error: describeTransientDbError(error) });
      return { resume: "retry" };
    }
    return { end: "failed", error: describeFailure(job, error) };
  }
}

async function runClaimedJob(job: JobRecord, workerId: string): Promise<void> {
  const handler = findJobHandler(job.kind);
  if (!handler) return;
  if (job.attempts > maxAttempts()) {
    await finishJob(job, workerId, "failed", `Stopped after ${maxAttempts()} attempts: its worker stopped each time before it finished.`);
    return;
  }
  const stopHeartbeat = startHeartbeat(job, workerId);
  try {
    for (let retake = false; ; retake = true) {
      const outcome = await attemptJob(job, handler, workerId, retake);
      if ("end" in outcome) {
        if (outcome.end !== "leaseLost") await finishJob(job, workerId, outcome.end, outcome.error);
        return;
      }
      if (outcome.resume === "retry") {
        await sleep(retryDelayMs(job.attempts));
        job.attempts += 1;
      }
    }
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
    .catch((error: unknown) => log("error", "jobs.kick", { error: String(error) }));
}
