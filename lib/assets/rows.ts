// Asset input → stored columns (with search text), and a stored asset merged with a partial patch.
import type { Asset } from "@/lib/generated/prisma/client";
import { assetFieldNames, type AssetData, type AssetPatch } from "@/lib/assets/schemas";
import { assetSearchText } from "@/lib/assets/search-text";

/** The columns written for validated data (everything but ids, audit fields and version). */
export function toAssetColumns(data: AssetData) {
  return { ...data, searchText: assetSearchText(data) };
}

/** The stored asset as schema input, with the patch's provided fields on top. */
export function mergeAssetPatch(existing: Asset, patch: AssetPatch): Record<string, unknown> {
  const merged: Record<string, unknown> = { kind: patch.kind ?? existing.kind };
  for (const field of assetFieldNames) {
    const stored = field === "totalAirframeHours" ? (existing.totalAirframeHours?.toNumber() ?? null) : existing[field];
    merged[field] = patch[field] !== undefined ? patch[field] : stored;
  }
  return merged;
}
