import "server-only";
// Queueing a job and asking a queued or running one to stop.
import type { z } from "zod";
import { db, type Prisma, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { conflict } from "@/lib/errors";
import { jobDefinitions } from "@/lib/jobs/definitions";
import { getJob } from "@/lib/jobs/queries";
import { stopJobs } from "@/lib/jobs/stop";
import type { JobDefinitions, JobRecord } from "@/lib/jobs/types";

type AppDefinitions = typeof jobDefinitions;

/** A job of a kind in the table `Defs` (lib/jobs/definitions.ts unless a test brings its own). */
export interface EnqueueJobInput<Defs extends JobDefinitions, Kind extends keyof Defs & string> {
  kind: Kind;
  /** Parsed with the kind's schema when the job starts. */
  params: z.input<Defs[Kind]["params"]>;
  total?: number;
}

export interface JobTableOptions<Defs extends JobDefinitions> {
  /** The job kinds this call knows: lib/jobs/definitions.ts, or a test's own table. */
  definitions?: Defs;
}

/**
 * Queues a job acting as `ctx` (inside `tx` when the job must exist only if the caller's write commits);
 * `ctx` needs the permission that starts this kind of job.
 */
export async function enqueueJob<Kind extends keyof Defs & string, Defs extends JobDefinitions = AppDefinitions>(
  ctx: Ctx,
  input: EnqueueJobInput<Defs, Kind>,
  opts: JobTableOptions<Defs> & { tx?: Tx } = {},
): Promise<JobRecord> {
  const definitions: JobDefinitions = opts.definitions ?? jobDefinitions;
  const definition = definitions[input.kind];
  if (!definition) throw new Error(`Unknown job kind "${input.kind}".`);
  assertCan(ctx, definition.permission);
  return (opts.tx ?? db).job.create({
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
export async function requestJobCancel(
  ctx: Ctx,
  id: string,
  opts: JobTableOptions<JobDefinitions> = {},
): Promise<JobRecord> {
  const job = await getJob(ctx, id);
  // A kind this version no longer knows (left over from an older one) is for admins to clear.
  const definitions: JobDefinitions = opts.definitions ?? jobDefinitions;
  assertCan(ctx, definitions[job.kind]?.permission ?? "organization:manage");
  const stopped = await stopJobs(db, { id: job.id });
  const current = await getJob(ctx, id);
  if (stopped === 0 && current.status !== "running") {
    throw conflict(`This job has already ${current.status === "cancelled" ? "been cancelled" : current.status}.`);
  }
  return current;
}
