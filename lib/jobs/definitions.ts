// Every background job kind, in one table: the permission that starts it (cancelling takes the same,
// and the job's actor must keep it while the job runs — lib/jobs/actor.ts), the schemas its params
// and checkpoint are parsed with when it starts, and its handler, imported only when a job runs.
import { CUSTOMER_BULK_JOB, bulkCheckpointSchema, bulkRequestSchema } from "@/lib/customers/bulk/schemas";
import {
  IMPORT_JOB,
  UNDO_IMPORT_JOB,
  importCursorSchema,
  importJobParamsSchema,
  undoCursorSchema,
} from "@/lib/imports/jobs";
import { DUPLICATE_SCAN_JOB, scanCheckpointSchema, scanParamsSchema } from "@/lib/duplicate-pairs/schemas";
import { SUBJECT_EXPORT_JOB, subjectExportCursorSchema, subjectExportParamsSchema } from "@/lib/privacy/export-schemas";
import { PRIVACY_RETENTION_JOB, retentionCursorSchema, retentionParamsSchema } from "@/lib/privacy/retention-schemas";
import { defineJob } from "@/lib/jobs/types";

export const jobDefinitions = {
  [IMPORT_JOB]: defineJob({
    permission: "customer:import",
    params: importJobParamsSchema,
    cursor: importCursorSchema,
    handler: () => import("@/lib/imports/pipeline/run").then((m) => m.runImportJob),
  }),
  [UNDO_IMPORT_JOB]: defineJob({
    permission: "customer:import",
    params: importJobParamsSchema,
    cursor: undoCursorSchema,
    handler: () => import("@/lib/imports/pipeline/undo").then((m) => m.runUndoJob),
  }),
  [CUSTOMER_BULK_JOB]: defineJob({
    permission: "customer:bulk",
    params: bulkRequestSchema,
    cursor: bulkCheckpointSchema,
    handler: () => import("@/lib/customers/bulk/job").then((m) => m.runBulkJob),
  }),
  [SUBJECT_EXPORT_JOB]: defineJob({
    permission: "privacy:export",
    params: subjectExportParamsSchema,
    cursor: subjectExportCursorSchema,
    handler: () => import("@/lib/privacy/export").then((m) => m.runSubjectExportJob),
  }),
  [DUPLICATE_SCAN_JOB]: defineJob({
    permission: "duplicate:review",
    params: scanParamsSchema,
    cursor: scanCheckpointSchema,
    handler: () => import("@/lib/duplicate-pairs/scan").then((m) => m.runDuplicateScanJob),
    background: true,
  }),
  /** Queued nightly per organization by lib/privacy/retention-schedule.ts, acting as the organization ("system"). */
  [PRIVACY_RETENTION_JOB]: defineJob({
    permission: "organization:manage",
    params: retentionParamsSchema,
    cursor: retentionCursorSchema,
    handler: () => import("@/lib/privacy/retention").then((m) => m.runRetentionJob),
    background: true,
  }),
};

export type JobKind = keyof typeof jobDefinitions;
