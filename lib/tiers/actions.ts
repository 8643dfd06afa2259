"use server";
// Customer tier server actions (Settings → Customer tiers): builder → mutation → revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough, passThroughEdit } from "@/lib/safe-action";
import { createTier, deleteTier, updateTier } from "@/lib/tiers/mutations";
import { tierDeleteSchema, tierInputSchema, tierUpdateSchema } from "@/lib/tiers/schemas";

const SETTINGS_PATH = "/settings/customer-tiers";

const idSchema = z.object({ id: z.string().min(1) });

/** Tier names, colours and discounts show on the customer list and pages too. */
function revalidateTiers() {
  revalidatePath(SETTINGS_PATH);
  revalidatePath("/customers", "layout");
}

export const createTierAction = action(passThrough(tierInputSchema), async (input, ctx) => {
  const tier = await createTier(ctx, input);
  revalidateTiers();
  return { id: tier.id };
});

/** Saves the edit dialog; a tier changed since `version` was read is a CONFLICT. */
export const updateTierAction = action(passThroughEdit(tierUpdateSchema), async ({ id, version, ...fields }, ctx) => {
  await updateTier(ctx, id, fields, { expectedVersion: version });
  revalidateTiers();
  return { id };
});

export const deleteTierAction = action(passThrough(tierDeleteSchema, idSchema.shape), async ({ id, ...input }, ctx) => {
  const result = await deleteTier(ctx, id, input);
  revalidateTiers();
  return result;
});
