// The subject access export job's kind, params and checkpoint (lib/jobs/definitions.ts parses them).
import { z } from "zod";

export const SUBJECT_EXPORT_JOB = "customer_data_export";

export const subjectExportParamsSchema = z.object({ customerId: z.uuid() });

/** Set once the ZIP is stored (in the same transaction): a resumed job has nothing left to do. */
export const subjectExportCursorSchema = z.object({ stored: z.boolean() });

/** How long a finished export stays downloadable. */
export const subjectExportDays = 7;
