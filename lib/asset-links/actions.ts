"use server";
// Link server actions: builder → mutation → revalidate the asset's page and the customer's page.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough } from "@/lib/safe-action";
import { linkCustomer, setPrimaryLink, unlinkCustomer, updateLink } from "@/lib/asset-links/mutations";
import { linkCustomerSchema, linkIdSchema, linkUpdateSchema } from "@/lib/asset-links/schemas";
import { searchAssetOptions } from "@/lib/assets/queries";
import { assetKinds } from "@/lib/assets/options";
import { searchCustomerOptions } from "@/lib/customers/queries";

/** The asset is an aircraft or a vehicle: both detail paths are cheap to revalidate. */
function revalidateLink({ assetId, customerId }: { assetId: string; customerId: string }) {
  revalidatePath(`/aircraft/${assetId}`);
  revalidatePath(`/vehicles/${assetId}`);
  revalidatePath(`/customers/${customerId}`);
}

export const linkCustomerAction = action(passThrough(linkCustomerSchema), async (input, ctx) => {
  const link = await linkCustomer(ctx, input);
  revalidateLink(link);
  return { id: link.id };
});

export const updateLinkAction = action(
  passThrough(linkUpdateSchema, linkIdSchema.shape),
  async ({ linkId, ...input }, ctx) => {
    const link = await updateLink(ctx, linkId, input);
    revalidateLink(link);
    return { id: link.id };
  },
);

export const setPrimaryLinkAction = action(linkIdSchema, async ({ linkId }, ctx) => {
  const link = await setPrimaryLink(ctx, linkId);
  revalidateLink(link);
  return { id: link.id };
});

export const unlinkCustomerAction = action(linkIdSchema, async ({ linkId }, ctx) => {
  revalidateLink(await unlinkCustomer(ctx, linkId));
  return { id: linkId };
});

const optionSearchSchema = z.object({ q: z.string().max(200).default("") });
/** The record the picker links to: what is already linked to it is not offered again. */
const linkedTo = z.guid().optional();

/** Customer picker options (non-archived customers not yet linked to `assetId`). */
export const searchCustomerOptionsAction = action(optionSearchSchema.extend({ assetId: linkedTo }), (input, ctx) =>
  searchCustomerOptions(ctx, { q: input.q, notLinkedToAssetId: input.assetId }),
);

/** Aircraft and vehicle picker options (non-archived, not yet linked to `customerId`), described by their kind. */
export const searchAssetOptionsAction = action(
  optionSearchSchema.extend({ kind: z.enum(assetKinds).optional(), customerId: linkedTo }),
  async (input, ctx) => {
    const assets = await searchAssetOptions(ctx, {
      q: input.q,
      kind: input.kind,
      notLinkedToCustomerId: input.customerId,
    });
    return assets.map((asset) => ({
      value: asset.id,
      label: asset.label,
      description: asset.kind === "aircraft" ? "Aircraft" : "Vehicle",
    }));
  },
);
