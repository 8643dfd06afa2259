// The import job kinds and what their jobs carry: params, and the checkpoint a resumed job goes on
// from. Apart from their handlers (lib/imports/pipeline), so queueing never loads the pipeline.
import { z } from "zod";

export const IMPORT_JOB = "customer_import";
export const UNDO_IMPORT_JOB = "customer_import_undo";

export const importJobParamsSchema = z.object({ importId: z.uuid() });
export type ImportJobParams = z.output<typeof importJobParamsSchema>;

/** Which pass the import reached (staging the file, writing the staged rows) and its last row. */
export const importCursorSchema = z.discriminatedUnion("phase", [
  z.object({ phase: z.literal("stage"), row: z.int().min(0) }),
  z.object({ phase: z.literal("write"), row: z.int().min(0) }),
]);
export type ImportCursor = z.output<typeof importCursorSchema>;

/** The last import row an undo reverted. */
export const undoCursorSchema = z.object({ row: z.int().min(0) });
