import "server-only";
// What a running job's handler gets: its record, the acting context, and `progress`, which commits a
// checkpoint and is where a job learns it must stop (cancel, revoked actor, lost lease) or restart.
import { db, type Tx } from "@/lib/db";
import type { Permission } from "@/lib/auth/permissions";
import { isTransientDbError } from "@/lib/db/errors";
import { actorRoleColumns, checkActor, type ActorRoles } from "@/lib/jobs/actor";
import { leaseSeconds, maxAttempts } from "@/lib/jobs/config";
import {
  JobActorChangedError,
  JobCancelledError,
  JobLeaseLostError,
  jobCounters,
  type JobContext,
  type JobCounterDelta,
  type JobRecord,
} from "@/lib/jobs/types";

type ProgressRow = JobRecord & ActorRoles & { cancel_requested_at: Date | null };

/** What the runner knows of the job on this try: who runs it, with which permission, what its schemas parsed. */
export interface JobTry {
  workerId: string;
  permission: Permission;
  params: unknown;
  cursor: unknown;
}

export function makeContext(job: JobRecord, ctx: JobContext["ctx"], run: JobTry): JobContext {
  const { workerId, permission } = run;
  return {
    job,
    ctx,
    params: run.params,
    cursor: run.cursor,
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
      const actor = checkActor(job, permission, row);
      if ("stop" in actor) throw new JobCancelledError(actor.stop);
      if (actor.role !== ctx.role) throw new JobActorChangedError();
      for (const counter of jobCounters) job[counter] = row[counter];
      if (cursor !== undefined) job.cursor = cursor as JobRecord["cursor"];
    },
    isFinal: (error) => !resumes(job, error),
  };
}

/** Whether the runner goes on with the job after `error` (from its last checkpoint), here or in another worker. */
export function resumes(job: JobRecord, error: unknown): boolean {
  if (error instanceof JobLeaseLostError || error instanceof JobActorChangedError) return true;
  return isTransientDbError(error) && job.attempts < maxAttempts();
}
