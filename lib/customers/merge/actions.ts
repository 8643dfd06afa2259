"use server";
// Merge server actions: builder → mutation → revalidate the list and the customers' pages.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough } from "@/lib/safe-action";
import { mergeCustomers } from "@/lib/customers/merge/mutations";
import { undoMerge } from "@/lib/customers/merge/undo";
import { mergeInputSchema } from "@/lib/customers/merge/schemas";

function revalidateCustomers(ids: string[]) {
  revalidatePath("/customers");
  for (const id of ids) revalidatePath(`/customers/${id}`);
}

/** Merges `from` into `survivorId` with the chosen values; answers the merge id for the Undo toast. */
export const mergeCustomersAction = action(
  passThrough(mergeInputSchema, { survivorId: z.string().min(1) }),
  async ({ survivorId, ...input }, ctx) => {
    const { mergeId, plan } = await mergeCustomers(ctx, survivorId, input);
    revalidateCustomers([plan.survivorId, ...plan.mergedIds]);
    return { mergeId, survivorId: plan.survivorId };
  },
);

export const undoMergeAction = action(
  z.object({ survivorId: z.string().min(1), mergeId: z.string().min(1) }),
  async ({ survivorId, mergeId }, ctx) => {
    const result = await undoMerge(ctx, survivorId, mergeId);
    revalidateCustomers([result.survivorId, ...result.restoredIds]);
    return result;
  },
);
