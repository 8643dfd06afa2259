"use server";
// Server actions of the import wizard that the engine's actions do not cover: the preview of the first rows,
// and how the number and date columns will be read.
import { z } from "zod";
import { action } from "@/lib/safe-action";
import { importConfig } from "@/lib/imports/config";
import { describeImportReadings } from "@/lib/imports/pipeline/readings";
import { previewImport } from "@/lib/imports/preview";
import { importRunSchema } from "@/lib/imports/schemas";

const previewInputSchema = importRunSchema.extend({ id: z.string().min(1) });

/** As many rows as the mapping step shows samples of, so an invalid row can show the file's own values. */
export const previewImportAction = action(previewInputSchema, ({ id, ...run }, ctx) =>
  previewImport(ctx, id, run, importConfig.sampleRows),
);

/** Each number and date column's convention with its reason and the values it decided. */
export const describeImportReadingsAction = action(previewInputSchema, ({ id, ...run }, ctx) =>
  describeImportReadings(ctx, id, run),
);
