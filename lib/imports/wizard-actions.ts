"use server";
// Server actions of the import wizard that the engine's actions do not cover: the preview of the first rows.
import { z } from "zod";
import { action } from "@/lib/safe-action";
import { previewImport } from "@/lib/imports/preview";
import { importRunSchema } from "@/lib/imports/schemas";

const previewInputSchema = importRunSchema.extend({ id: z.string().min(1) });

export const previewImportAction = action(previewInputSchema, ({ id, ...run }, ctx) => previewImport(ctx, id, run));
