import "server-only";
// Queueing a job and asking a queued or running one to stop.
import { db, type Prisma, type Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { outranks } from "@/lib/auth/permissions";
import { conflict, forbidden } from "@/lib/errors";
import { getJob } from "@/lib/jobs/queries";
import type { JobRecord } from "@/lib/jobs/types";

export interface EnqueueJobInput {
  kind: string;
  params: unknown;
  total?: number;
}

/** Queues a job acting as `ctx` (inside `tx` when the job must exist only if the caller's write commits). */
export function enqueueJob(ctx: Ctx, input: EnqueueJobInput, tx?: Tx): Promise<JobRecord> {
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
 * kept). Its creator or a manager and above may cancel; a finished job is a CONFLICT.
 */
export async function requestJobCancel(ctx: Ctx, id: string): Promise<JobRecord> {
  const job = await getJob(ctx, id);
  if (job.createdById !== ctx.userId && !outranks(ctx.role, "staff")) throw forbidden("Only its creator or a manager can cancel this job.");
  const now = new Date();
  const queued = await db.job.updateMany({
    where: { id: job.id, status: "queued" },
    data: { status: "cancelled", cancelRequestedAt: now, finishedAt: now },
  });
  if (queued.count === 0) {
    const running = await db.job.updateMany({
      where: { id: job.id, status: "running", cancelRequestedAt: null },
      data: { cancelRequestedAt: now },
    });
    const current = await getJob(ctx, id);
    if (running.count === 0 && current.status !== "running") throw conflict(`This job has already ${current.status === "cancelled" ? "been cancelled" : current.status}.`);
    return current;
  }
  return getJob(ctx, id);
}
