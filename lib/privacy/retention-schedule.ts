import "server-only";
// When the retention job runs: every night, once per organization, after 02:00 in the organization's time
// zone. The job worker's loop asks every ten minutes; one statement under an advisory lock queues the job for
// each organization that has none since its last 02:00, so several app instances queue it once. The job acts
// for the organization itself ("system"). Settings → Privacy reads the last run.
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { PRIVACY_RETENTION_JOB, retentionCursorSchema, type RetentionCounts } from "@/lib/privacy/retention-schemas";

const EVERY_MS = 10 * 60_000;
const globalForSchedule = globalThis as typeof globalThis & { __customerHubRetentionCheckedAt?: number };

/**
 * Queues a retention job (`asOf` = `now`) for each organization (of `orgIds`, when given) whose last one was
 * queued before its most recent 02:00 local time. Returns how many were queued.
 */
export async function scheduleRetentionJobs(opts: { now?: Date; orgIds?: string[] } = {}): Promise<number> {
  const now = opts.now ?? new Date();
  const params = JSON.stringify({ asOf: now.toISOString() });
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('customer_hub.retention_schedule'))`;
    return tx.$executeRaw`
      INSERT INTO job (id, organization_id, kind, status, params, actor_kind, created_at, updated_at)
      SELECT gen_random_uuid(), o.id, ${PRIVACY_RETENTION_JOB}, 'queued', ${params}::jsonb, 'system', ${now}, ${now}
      FROM organization o
      WHERE (${opts.orgIds ?? null}::text[] IS NULL OR o.id = ANY(${opts.orgIds ?? null}::text[]))
        AND NOT EXISTS (
          SELECT 1 FROM job j
          WHERE j.organization_id = o.id AND j.kind = ${PRIVACY_RETENTION_JOB}
            AND j.created_at >= ((date_trunc('day', (${now}::timestamptz AT TIME ZONE o.default_time_zone)
              - interval '2 hours') + interval '2 hours') AT TIME ZONE o.default_time_zone))`;
  });
}

/** `scheduleRetentionJobs` when this process last checked more than ten minutes ago (the worker's loop). */
export async function scheduleRetentionJobsWhenDue(now = Date.now()): Promise<void> {
  if (now - (globalForSchedule.__customerHubRetentionCheckedAt ?? 0) < EVERY_MS) return;
  globalForSchedule.__customerHubRetentionCheckedAt = now;
  await scheduleRetentionJobs({ now: new Date(now) });
}

export interface RetentionRun {
  status: "queued" | "running" | "completed" | "failed" | "cancelled";
  queuedAt: Date;
  finishedAt: Date | null;
  counts: RetentionCounts | null;
  error: string | null;
}

/** The organization's latest retention run, or null before the first night. */
export async function getLastRetentionRun(ctx: Pick<Ctx, "orgId">): Promise<RetentionRun | null> {
  const job = await db.job.findFirst({
    where: { organizationId: ctx.orgId, kind: PRIVACY_RETENTION_JOB },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (!job) return null;
  const cursor = retentionCursorSchema.safeParse(job.cursor);
  return {
    status: job.status,
    queuedAt: job.createdAt,
    finishedAt: job.finishedAt,
    counts: cursor.success ? cursor.data.counts : null,
    error: job.error,
  };
}
