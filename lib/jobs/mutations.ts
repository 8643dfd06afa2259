import "server-only";
// Queueing a job and asking a queued or running one to stop.
import { db, type Prisma, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { conflict } from "@/lib/errors";
import { getJob } from "@/lib/jobs/queries";
import { stopJobs } from "@/lib/jobs/stop";
import { jobStartPermission } from "@/lib/jobs/registry";
import type { JobRecord } from "@/lib/jobs/types";

export interface EnqueueJobInput {
  kind: string;
  params: unknown;
  total?: number;
}

function startPermission(kind: string): Permission {
  const permission = jobStartPermission(kind);
  if (!permission) throw new Error(`Unknown job kind "${kind}".`);
  return permission;
}

/**
 * Queues a job acting as `ctx` (inside `tx` when the job must exist only if the caller's write commits);
 * `ctx` needs the permission that starts this kind of job.
 */
export async function enqueueJob(ctx: Ctx, input: EnqueueJobInput, tx?: Tx): Promise<JobRecord> {
  assertCan(ctx, startPermission(input.kind));
  return (tx ?? db).job.create({
    data: {
      organizationId: ctx.orgId,
      kind: input.kind,
      params: (input.params ?? {}) as Prisma.InputJsonValue,
      total: input.total,
      createdById: ctx.userId,
      actorKind: ctx.actor,
      apiKeyId: ctx.actor === "apiKey" ? ctx.apiKeyId : null,
    },
  });
}

/**
 * A queued job is cancelled at once; a running one stops at its next checkpoint (its last batch is
 * kept). Cancelling takes the permission that starts this kind of job — whoever started it, session or
 * API key alike (a key is not its creator). A finished job is a CONFLICT.
 */
export async function requestJobCancel(ctx: Ctx, id: string): Promise<JobRecord> {
  const job = await getJob(ctx, id);
  // A kind this version no longer knows (left over from an older one) is for admins to clear.
  assertCan(ctx, jobStartPermission(job.kind) ?? "organization:manage");
  const stopped = await stopJobs(db, { id: job.id });
  const current = await getJob(ctx, id);
  if (stopped === 0 && current.status !== "running") {
    throw conflict(`This job has already ${current.status === "cancelled" ? "been cancelled" : current.status}.`);
  }
  return current;
}
