// The import job kinds (kept apart from their handlers so queueing code does not load the pipeline).
export const IMPORT_JOB = "customer_import";
export const UNDO_IMPORT_JOB = "customer_import_undo";
