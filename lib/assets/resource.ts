// The asset resource as REST integrators see it: stored fields minus internal ones, hours as a number.
import type { Asset } from "@/lib/generated/prisma/client";

export type AssetResource = Omit<Asset, "searchText" | "organizationId" | "totalAirframeHours"> & {
  totalAirframeHours: number | null;
};

export function toAssetResource(
  asset: Omit<Asset, "totalAirframeHours"> & { totalAirframeHours: Asset["totalAirframeHours"] | number | null },
): AssetResource {
  const { searchText: _searchText, organizationId: _organizationId, totalAirframeHours, ...resource } = asset;
  return { ...resource, totalAirframeHours: totalAirframeHours === null ? null : Number(totalAirframeHours) };
}
