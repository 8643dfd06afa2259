import "server-only";
// Registers the `customer_bulk` job kind (imported by lib/jobs/handlers.ts).
import { registerJobHandler } from "@/lib/jobs";
import { CUSTOMER_BULK_JOB, runBulkJob } from "@/lib/customers/bulk/run";

registerJobHandler(CUSTOMER_BULK_JOB, (jc) => runBulkJob(jc));
