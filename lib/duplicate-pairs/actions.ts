"use server";
// Possible-duplicates server actions: scan now, follow the scan, dismiss a pair and undo that.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough } from "@/lib/safe-action";
import { toJobResource } from "@/lib/jobs/resource";
import { dismissDuplicatePair, restoreDuplicatePair, startDuplicateScan } from "@/lib/duplicate-pairs/mutations";
import { dismissInputSchema, pairSchema } from "@/lib/duplicate-pairs/schemas";

const PAGE_PATH = "/customers/duplicates";

export const startDuplicateScanAction = action(z.object({}), async (_input, ctx) => {
  const job = await startDuplicateScan(ctx);
  revalidatePath(PAGE_PATH);
  return toJobResource(job);
});

export const dismissDuplicatePairAction = action(passThrough(dismissInputSchema), async (input, ctx) => {
  const result = await dismissDuplicatePair(ctx, input);
  revalidatePath(PAGE_PATH);
  return result;
});

export const restoreDuplicatePairAction = action(passThrough(pairSchema), async (input, ctx) => {
  const result = await restoreDuplicatePair(ctx, input);
  revalidatePath(PAGE_PATH);
  return result;
});
