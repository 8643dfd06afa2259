import "server-only";
// The background job engine: queue work, let any instance run it with a lease, follow its progress.
// Every job kind is declared in lib/jobs/definitions.ts.
export { enqueueJob, requestJobCancel } from "@/lib/jobs/mutations";
export { getJob } from "@/lib/jobs/queries";
export { kickJobs, runPendingJobs } from "@/lib/jobs/runner";
export { JobLeaseLostError, type JobRecord } from "@/lib/jobs/types";
