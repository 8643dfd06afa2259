"use server";
// Asset server actions: builder → mutation → revalidate the kind's list and the asset's page.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough } from "@/lib/safe-action";
import { archiveAsset, createAsset, deleteAsset, restoreAsset, updateAsset } from "@/lib/assets/mutations";
import { assetEditKeys, assetEditSchema, assetInputSchema } from "@/lib/assets/schemas";
import { assetKindLabels, assetKinds, type AssetKind } from "@/lib/assets/options";

const assetIdSchema = z.object({ id: z.string().min(1) });

function revalidateAsset(kind: AssetKind, id: string) {
  const { path } = assetKindLabels[kind];
  revalidatePath(path);
  revalidatePath(`${path}/${id}`);
}

export const createAssetAction = action(passThrough(assetInputSchema), async (input, ctx) => {
  const asset = await createAsset(ctx, input);
  revalidateAsset(asset.kind, asset.id);
  return { id: asset.id, kind: asset.kind };
});

/** Saves the edit form; an asset changed since `version` was read is a CONFLICT. */
export const updateAssetAction = action(
  passThrough(assetEditSchema, assetEditKeys),
  async ({ id, version, ...fields }, ctx) => {
    const asset = await updateAsset(ctx, id, fields, { expectedVersion: version });
    revalidateAsset(asset.kind, id);
    return { id, kind: asset.kind };
  },
);

export const archiveAssetAction = action(assetIdSchema, async ({ id }, ctx) => {
  const asset = await archiveAsset(ctx, id);
  revalidateAsset(asset.kind, id);
  return { id, kind: asset.kind };
});

export const restoreAssetAction = action(assetIdSchema, async ({ id }, ctx) => {
  const asset = await restoreAsset(ctx, id);
  revalidateAsset(asset.kind, id);
  return { id, kind: asset.kind };
});

export const deleteAssetAction = action(assetIdSchema, async ({ id }, ctx) => {
  await deleteAsset(ctx, id);
  for (const kind of assetKinds) revalidatePath(assetKindLabels[kind].path);
  return { id };
});
