import "server-only";
// Runs queued jobs: any app instance claims one at a time with a lease (FOR UPDATE SKIP LOCKED, so
// two workers never run one job), renews it while the handler works, and a job whose lease expired
// (its worker crashed) is claimed again and resumes from its last committed checkpoint. A passing
// database error (lost connection, serialization failure, deadlock, lock timeout) resumes the same
// way in this worker, keeping the lease, after an exponential backoff with jitter. Each try parses
// the job's params and checkpoint with its kind's schemas first (lib/jobs/definitions.ts).
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import type { z } from "zod";
import { db } from "@/lib/db";
import { describeTransientDbError, isTransientDbError } from "@/lib/db/errors";
import { isAppError } from "@/lib/errors";
import { resolveJobActor } from "@/lib/jobs/actor";
import { leaseSeconds, maxAttempts, retryDelayMs } from "@/lib/jobs/config";
import { runAsSystem, runInOrganization } from "@/lib/db/tenant-scope";
import { runOnPrimary } from "@/lib/db/read-routing";
import { makeContext, resumes } from "@/lib/jobs/context";
import { jobDefinitions } from "@/lib/jobs/definitions";
import { notifyJobFinished } from "@/lib/notifications/notices";
import {
  JobActorChangedError,
  JobCancelledError,
  JobLeaseLostError,
  type JobContext,
  type JobDefinitions,
  type JobRecord,
} from "@/lib/jobs/types";

type Definition = JobDefinitions[string];

const defaultWorkerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

function log(level: "warn" | "error", msg: string, fields: Record<string, unknown>) {
  console[level](JSON.stringify({ level, msg, ...fields }));
}

/** Claims the oldest runnable job of a kind in `kinds`: queued, or running with an expired lease. */
async function claimNextJob(workerId: string, definitions: JobDefinitions): Promise<JobRecord | null> {
  const kinds = Object.keys(definitions);
  if (kinds.length === 0) return null;
  // Jobs people started (imports, exports, bulk changes) first, then background ones, oldest first.
  const background = kinds.filter((kind) => definitions[kind]!.background);
  const runnable = `(status = 'queued' OR (status = 'running' AND lease_expires_at < now()))`;
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE job SET status = 'running', lease_owner = $1, lease_expires_at = now() + make_interval(secs => $2),
       attempts = attempts + 1, started_at = COALESCE(started_at, now()), updated_at = now()
     WHERE id = (SELECT id FROM job WHERE kind = ANY($3::text[]) AND ${runnable}
                 ORDER BY kind = ANY($4::text[]), created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
       AND ${runnable}
     RETURNING id`,
    workerId,
    leaseSeconds(),
    kinds,
    background,
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

async function finishJob(
  job: JobRecord,
  workerId: string,
  status: "completed" | "failed" | "cancelled",
  error?: string,
) {
  // The outcome is worth a few tries of its own: otherwise the job runs again once its lease expires.
  for (let attempt = 1; ; attempt++) {
    try {
      // The starter's "finished" notification (lib/notifications) commits with the outcome.
      await db.$transaction(async (tx) => {
        const { count } = await tx.job.updateMany({
          where: { id: job.id, leaseOwner: workerId, status: "running" },
          data: { status, error: error ?? null, finishedAt: new Date(), leaseOwner: null, leaseExpiresAt: null },
        });
        if (count > 0) await notifyJobFinished(tx, job.organizationId, job.id);
      });
      return;
    } catch (failure) {
      if (!isTransientDbError(failure) || attempt >= maxAttempts()) throw failure;
      await sleep(retryDelayMs(attempt));
    }
  }
}

/** Keeps the lease alive while a long batch runs; never revives a lease that already expired. */
function startHeartbeat(job: JobRecord, workerId: string): () => void {
  const timer = setInterval(
    () => {
      db.$executeRawUnsafe(
        `UPDATE job SET lease_expires_at = now() + make_interval(secs => $3)
       WHERE id = $1::uuid AND lease_owner = $2 AND status = 'running' AND lease_expires_at > now()`,
        job.id,
        workerId,
        leaseSeconds(),
      ).catch((error: unknown) => log("error", "jobs.heartbeat", { jobId: job.id, error: String(error) }));
    },
    (leaseSeconds() * 1000) / 3,
  );
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

/** Why a stored value does not fit its schema, e.g. `importId: Invalid UUID`. */
function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(whole value)"}: ${issue.message}`).join("; ");
}

/** The job's params and checkpoint parsed with its kind's schemas, or why they cannot be (the job fails). */
function parseJobInput(
  job: JobRecord,
  definition: Definition,
): { params: unknown; cursor: unknown } | { invalid: string } {
  const params = definition.params.safeParse(job.params);
  if (!params.success) return { invalid: `The job's params are not valid (${describeIssues(params.error)}).` };
  if (job.cursor === null) return { params: params.data, cursor: null };
  const cursor = definition.cursor.safeParse(job.cursor);
  if (!cursor.success) return { invalid: `The job's checkpoint is not valid (${describeIssues(cursor.error)}).` };
  return { params: params.data, cursor: cursor.data };
}

type Outcome =
  | { end: "completed" | "failed" | "cancelled"; error?: string }
  | { end: "leaseLost" }
  | { resume: "retry" | "restart" };

/** One try: (after the first) retake the job, parse its input, check its actor, run the handler from the checkpoint. */
async function attemptJob(job: JobRecord, definition: Definition, workerId: string, retake: boolean): Promise<Outcome> {
  try {
    if (retake) {
      const fresh = await retakeJob(job, workerId);
      if (!fresh) return { end: "leaseLost" };
      Object.assign(job, fresh);
    }
    if (job.cancelRequestedAt) return { end: "cancelled", error: job.error ?? undefined };
    const input = parseJobInput(job, definition);
    if ("invalid" in input) return { end: "failed", error: input.invalid };
    const actor = await resolveJobActor(job, definition.permission);
    if ("stop" in actor) return { end: "cancelled", error: actor.stop };
    const handler = await definition.handler();
    const jc = makeContext(job, actor.ctx, { workerId, permission: definition.permission, ...input });
    // The params and cursor were parsed with this kind's own schemas, which its handler is typed by.
    await runInOrganization(actor.ctx.orgId, () => runOnPrimary(() => handler(jc as JobContext<never, never>)));
    return { end: "completed" };
  } catch (error) {
    if (error instanceof JobLeaseLostError) return { end: "leaseLost" };
    if (error instanceof JobCancelledError) return { end: "cancelled", error: error.reason };
    if (error instanceof JobActorChangedError) return { resume: "restart" };
    if (resumes(job, error)) {
      log("warn", "jobs.retry", {
        jobId: job.id,
        kind: job.kind,
        attempt: job.attempts,
        error: describeTransientDbError(error),
      });
      return { resume: "retry" };
    }
    return { end: "failed", error: describeFailure(job, error) };
  }
}

async function runClaimedJob(job: JobRecord, definition: Definition, workerId: string): Promise<void> {
  if (job.attempts > maxAttempts()) {
    await finishJob(
      job,
      workerId,
      "failed",
      `Stopped after ${maxAttempts()} attempts: its worker stopped each time before it finished.`,
    );
    return;
  }
  const stopHeartbeat = startHeartbeat(job, workerId);
  try {
    for (let retake = false; ; retake = true) {
      const outcome = await attemptJob(job, definition, workerId, retake);
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

export interface RunJobsOptions {
  workerId?: string;
  /** At most this many jobs (default 10). */
  limit?: number;
  /** The job kinds this worker runs: lib/jobs/definitions.ts, or a test's own table. */
  definitions?: JobDefinitions;
}

/** Claims and runs jobs one after another until none is runnable (or `limit` ran); returns how many ran. */
export function runPendingJobs(opts: RunJobsOptions = {}): Promise<number> {
  // Claiming is cross-organization work, whoever started the run (a request kicking the worker).
  return runAsSystem(() => runJobs(opts));
}

async function runJobs(opts: RunJobsOptions): Promise<number> {
  const workerId = opts.workerId ?? defaultWorkerId;
  const definitions: JobDefinitions = opts.definitions ?? jobDefinitions;
  const limit = opts.limit ?? 10;
  let ran = 0;
  while (ran < limit) {
    const job = await claimNextJob(workerId, definitions);
    if (!job) break;
    await runClaimedJob(job, definitions[job.kind]!, workerId);
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
  runPendingJobs().catch((error: unknown) => log("error", "jobs.kick", { error: String(error) }));
}
