// The job engine's public types: the record, a kind's definition, what its handler receives, and how
// a run stops early. Handlers import from here (not lib/jobs), so the engine and they form no cycle.
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import type { Job } from "@/lib/generated/prisma/client";

export type JobRecord = Job;

export const jobCounters = ["processed", "created", "updated", "skipped", "failed", "warnings"] as const;
type JobCounter = (typeof jobCounters)[number];
export type JobCounterDelta = Partial<Record<JobCounter, number>>;

export interface JobContext<Params = unknown, Cursor = unknown> {
  job: JobRecord;
  /** The job's params, parsed with its kind's schema when this try started. */
  params: Params;
  /** The last committed checkpoint, parsed with its kind's schema when this try started; null at first. */
  cursor: Cursor | null;
  /** Rebuilt from the job's organization and its creator's (or API key's) current role. */
  ctx: Ctx;
  /**
   * Adds to the counters and stores the checkpoint `cursor` (inside `tx` when given, so a batch and
   * its checkpoint commit together), renews the lease, and throws — rolling the batch back with it —
   * JobCancelledError when a cancel was requested or the actor may no longer run the job,
   * JobLeaseLostError when another worker took the job over, or JobActorChangedError when the actor's
   * role changed (the runner resumes from the last checkpoint with the new role).
   */
  progress(delta: JobCounterDelta, cursor?: Cursor, tx?: Tx): Promise<void>;
  /**
   * Whether `error` ends the job for good. False when the runner resumes the job from its checkpoint
   * (a lost lease, a changed role, a passing database error with attempts left): keep what it needs.
   */
  isFinal(error: unknown): boolean;
}

export type JobHandler<Params = unknown, Cursor = unknown> = (jc: JobContext<Params, Cursor>) => Promise<void>;

/** A job kind: who may start (and cancel) it, its params and checkpoint schemas, its handler loaded on first use. */
export interface JobDefinition<Params extends z.ZodType = z.ZodType, Cursor extends z.ZodType = z.ZodType> {
  permission: Permission;
  params: Params;
  cursor: Cursor;
  handler: () => Promise<JobHandler<z.output<Params>, z.output<Cursor>>>;
  /** Housekeeping (a duplicates scan): runs after every waiting job someone started by hand. */
  background?: boolean;
}

/**
 * A table of job kinds; lib/jobs/definitions.ts is the app's, tests hand the engine their own. Seen
 * from the table, a handler takes only what its own kind's schemas parsed (hence `never`).
 */
export type JobDefinitions = Readonly<
  Record<string, Omit<JobDefinition, "handler"> & { handler: () => Promise<JobHandler<never, never>> }>
>;

/** Declares a job kind, checking that its handler takes what its schemas parse. */
export function defineJob<Params extends z.ZodType, Cursor extends z.ZodType>(
  definition: JobDefinition<Params, Cursor>,
): JobDefinition<Params, Cursor> {
  return definition;
}

/** Thrown by `progress` once a cancel was requested (or the actor lost the right): the job ends as cancelled. */
export class JobCancelledError extends Error {
  constructor(readonly reason?: string) {
    super(reason ?? "The job was cancelled.");
    this.name = "JobCancelledError";
  }
}

/** Thrown by `progress` when this worker no longer holds the job (its lease expired and was taken). */
export class JobLeaseLostError extends Error {
  constructor() {
    super("Another worker took this job over.");
    this.name = "JobLeaseLostError";
  }
}

/** Thrown by `progress` when the actor's role changed: the job resumes from its checkpoint with the new role. */
export class JobActorChangedError extends Error {
  constructor() {
    super("The role this job acts with changed.");
    this.name = "JobActorChangedError";
  }
}
