"use server";
// Import server actions (the wizard and the import page): builder → mutation → revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough } from "@/lib/safe-action";
import { cancelImport, deleteImportMapping, saveImportMapping, startImport, undoImport } from "@/lib/imports/mutations";
import { getImport } from "@/lib/imports/queries";
import { importRunSchema, savedMappingInputSchema } from "@/lib/imports/schemas";

const idSchema = z.object({ id: z.string().min(1) });

function revalidateImport(id: string) {
  revalidatePath(`/customers/imports/${id}`);
  revalidatePath("/customers", "layout");
}

export const startImportAction = action(passThrough(importRunSchema, idSchema.shape), async ({ id, ...run }, ctx) => {
  const result = await startImport(ctx, id, run);
  revalidateImport(id);
  return result;
});

/** The import's status and counters, for polling while it runs. */
export const getImportAction = action(idSchema, ({ id }, ctx) => getImport(ctx, id));

export const cancelImportAction = action(idSchema, async ({ id }, ctx) => {
  const result = await cancelImport(ctx, id);
  revalidateImport(id);
  return result;
});

export const undoImportAction = action(idSchema, async ({ id }, ctx) => {
  const result = await undoImport(ctx, id);
  revalidateImport(id);
  return result;
});

export const saveImportMappingAction = action(passThrough(savedMappingInputSchema), (input, ctx) =>
  saveImportMapping(ctx, input),
);

export const deleteImportMappingAction = action(idSchema, async ({ id }, ctx) => {
  await deleteImportMapping(ctx, id);
  return { id };
});
