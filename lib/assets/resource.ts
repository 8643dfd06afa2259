// The asset resource as REST integrators see it: stored fields minus internal ones, hours as a number,
// and what the VIN decodes to (with its notes, e.g. a check digit that does not match).
import { decodeVin, type VinDecoding } from "@/lib/assets/vin-decode";
import type { Asset } from "@/lib/generated/prisma/client";

export type AssetResource = Omit<Asset, "searchText" | "organizationId" | "totalAirframeHours"> & {
  totalAirframeHours: number | null;
  vinDecoded: VinDecoding | null;
};

export function toAssetResource(
  asset: Omit<Asset, "totalAirframeHours"> & { totalAirframeHours: Asset["totalAirframeHours"] | number | null },
): AssetResource {
  const { searchText: _searchText, organizationId: _organizationId, totalAirframeHours, ...resource } = asset;
  return {
    ...resource,
    totalAirframeHours: totalAirframeHours === null ? null : Number(totalAirframeHours),
    vinDecoded: resource.vin ? decodeVin(resource.vin) : null,
  };
}
