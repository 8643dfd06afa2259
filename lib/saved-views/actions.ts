"use server";
// Saved view server actions (the list's Views menu): builder → mutation → revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough } from "@/lib/safe-action";
import { createSavedView, deleteSavedView, updateSavedView } from "@/lib/saved-views/mutations";
import { savedViewInputSchema, savedViewPatchSchema } from "@/lib/saved-views/schemas";
import { savedViewPaths } from "@/lib/saved-views/state";

const idSchema = z.object({ id: z.string().min(1) });

export const createSavedViewAction = action(passThrough(savedViewInputSchema), async (input, ctx) => {
  const view = await createSavedView(ctx, input);
  revalidatePath(savedViewPaths[view.resource]);
  return view;
});

export const updateSavedViewAction = action(
  passThrough(savedViewPatchSchema, idSchema.shape),
  async ({ id, ...patch }, ctx) => {
    const view = await updateSavedView(ctx, id, patch);
    revalidatePath(savedViewPaths[view.resource]);
    return view;
  },
);

export const deleteSavedViewAction = action(idSchema, async ({ id }, ctx) => {
  const result = await deleteSavedView(ctx, id);
  revalidatePath("/customers");
  return result;
});
