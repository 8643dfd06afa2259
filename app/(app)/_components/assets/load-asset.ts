import "server-only";
// Reads the asset for its pages (once per request): an unknown or other-organization id renders the
// not-found page, and an aircraft opened under /vehicles (or the reverse) moves to its own section.
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Ctx } from "@/lib/auth/context";
import { getAsset, type AssetDetail } from "@/lib/assets/queries";
import { assetKindLabels, type AssetKind } from "@/lib/assets/options";
import { isAppError } from "@/lib/errors";

export const loadAsset = cache(async (ctx: Ctx, id: string): Promise<AssetDetail> => {
  try {
    return await getAsset(ctx, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function loadAssetOfKind(ctx: Ctx, kind: AssetKind, id: string, suffix = ""): Promise<AssetDetail> {
  const asset = await loadAsset(ctx, id);
  if (asset.kind !== kind) redirect(`${assetKindLabels[asset.kind].path}/${asset.id}${suffix}`);
  return asset;
}
