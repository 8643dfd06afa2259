import "server-only";
// The background job engine: queue work, let any instance run it with a lease, follow its progress.
export { registerJobHandler } from "@/lib/jobs/registry";
export { enqueueJob, requestJobCancel } from "@/lib/jobs/mutations";
export { getJob } from "@/lib/jobs/queries";
export { kickJobs, runPendingJobs } from "@/lib/jobs/runner";
export { JobCancelledError, JobLeaseLostError, type JobContext, type JobRecord } from "@/lib/jobs/types";
