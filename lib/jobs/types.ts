// The job engine's public types: the record, what a handler receives, and how a run stops early.
import type { Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { Job } from "@/lib/generated/prisma/client";

export type JobRecord = Job;

export const jobCounters = ["processed", "created", "updated", "skipped", "failed", "warnings"] as const;
export type JobCounter = (typeof jobCounters)[number];
export type JobCounterDelta = Partial<Record<JobCounter, number>>;

export interface JobContext {
  job: JobRecord;
  /** Rebuilt from the job's organization and its creator's (or API key's) current role. */
  ctx: Ctx;
  /**
   * Adds to the counters and stores the checkpoint `cursor` (inside `tx` when given, so a batch and
   * its checkpoint commit together), renews the lease, and throws JobCancelledError when a cancel was
   * requested or JobLeaseLostError when another worker took the job over.
   */
  progress(delta: JobCounterDelta, cursor?: unknown, tx?: Tx): Promise<void>;
}

export type JobHandler = (jc: JobContext) => Promise<void>;

/** Thrown by `progress` once a cancel was requested: the job ends as cancelled. */
export class JobCancelledError extends Error {
  constructor() {
    super("The job was cancelled.");
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
