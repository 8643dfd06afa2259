import "server-only";
// Registers the import job kinds: running an import and undoing one.
import { registerJobHandler } from "@/lib/jobs";
import { IMPORT_JOB, UNDO_IMPORT_JOB } from "@/lib/imports/job-kinds";
import { runImportJob } from "@/lib/imports/pipeline/run";
import { runUndoJob } from "@/lib/imports/pipeline/undo";

registerJobHandler(IMPORT_JOB, runImportJob);
registerJobHandler(UNDO_IMPORT_JOB, runUndoJob);
