// Every background job kind and the permission that starts it. Cancelling a job takes the same
// permission, and the job's actor must keep it while the job runs (lib/jobs/actor.ts).
import type { Permission } from "@/lib/auth/permissions";
import { IMPORT_JOB, UNDO_IMPORT_JOB } from "@/lib/imports/job-kinds";

/** Kept here (not beside its handler) so cancelling and queueing never load the bulk pipeline. */
export const CUSTOMER_BULK_JOB = "customer_bulk";

export const jobKindPermissions: Readonly<Record<string, Permission>> = {
  [IMPORT_JOB]: "customer:import",
  [UNDO_IMPORT_JOB]: "customer:import",
  [CUSTOMER_BULK_JOB]: "customer:bulk",
};
