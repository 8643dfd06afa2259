"use server";
// Bulk-action server actions for the customers list: run one, undo a tag or status change, owner choices
// (its job: lib/jobs/actions.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/safe-action";
import { toJobResource, type JobResource } from "@/lib/jobs/resource";
import { listOwnerOptions } from "@/lib/customers/ownership/queries";
import { runBulkAction } from "@/lib/customers/bulk/run";
import { undoBulkChange } from "@/lib/customers/bulk/undo";
import type { BulkResult } from "@/lib/customers/bulk/schemas";

export type BulkActionOutcome = { result: BulkResult } | { job: JobResource };

// The request is parsed by runBulkAction (field errors keyed by field), so it passes through as is.
export const runBulkCustomersAction = action(z.unknown(), async (input, ctx): Promise<BulkActionOutcome> => {
  const outcome = await runBulkAction(ctx, input);
  if ("job" in outcome) return { job: toJobResource(outcome.job) };
  revalidatePath("/customers");
  return outcome;
});

export const undoBulkChangeAction = action(z.object({ id: z.string() }), async ({ id }, ctx) => {
  const result = await undoBulkChange(ctx, id);
  revalidatePath("/customers");
  return result;
});

export const listOwnerOptionsAction = action(z.object({}), async (_input, ctx) => listOwnerOptions(ctx));
