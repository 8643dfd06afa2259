// Registers every job kind's handler: imported by the worker loop, kickJobs and the tests.
import "@/lib/customers/bulk/job";
import "@/lib/imports/jobs";
