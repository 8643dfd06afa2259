// The nightly retention job's params and checkpoint (lib/privacy/retention.ts runs it). No server imports.
import { z } from "zod";

export const PRIVACY_RETENTION_JOB = "privacy_retention";

/** `asOf`: the moment the periods count back from (when the job was scheduled), so a resumed run agrees. */
export const retentionParamsSchema = z.object({ asOf: z.iso.datetime() });
export type RetentionParams = z.output<typeof retentionParamsSchema>;

/** The rules in the order the job applies them. */
const retentionPhases = ["activity", "imports", "customers", "done"] as const;

const count = z.int().min(0).default(0);

/** What each rule did so far; the job's checkpoint, and what Settings → Privacy shows of the last run. */
const retentionCountsSchema = z.object({
  activitiesDeleted: count,
  importsPurged: count,
  /** Subject access exports past their download period (lib/privacy/export.ts), deleted with their ZIP. */
  exportsDeleted: count,
  customersErased: count,
  customersFailed: count,
});
export type RetentionCounts = z.output<typeof retentionCountsSchema>;

export const retentionCursorSchema = z.object({
  phase: z.enum(retentionPhases),
  counts: retentionCountsSchema,
});
export type RetentionCursor = z.output<typeof retentionCursorSchema>;
