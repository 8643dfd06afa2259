// A job as the REST API and the UI show it: status, counters and timestamps (never params or lease).
import type { JobRecord } from "@/lib/jobs/types";

export function toJobResource(job: JobRecord) {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    total: job.total,
    processed: job.processed,
    created: job.created,
    updated: job.updated,
    skipped: job.skipped,
    failed: job.failed,
    warnings: job.warnings,
    /** Why it failed or was cancelled (a cancel by a person leaves it null). */
    error: job.error,
    /** Tries so far: the first run, resumptions after a crash, retries after a passing database error. */
    attempts: job.attempts,
    cancelRequested: job.cancelRequestedAt !== null,
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}

export type JobResource = ReturnType<typeof toJobResource>;
