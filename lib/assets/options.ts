// Fixed choices for aircraft and vehicles (kinds, classes, fuel codes, list sorting) with UI labels.
import { optionsOf } from "@/lib/fields/options";

export const assetKinds = ["aircraft", "vehicle"] as const;
export type AssetKind = (typeof assetKinds)[number];

export const assetKindLabels: Record<AssetKind, { one: string; many: string; path: string }> = {
  aircraft: { one: "aircraft", many: "aircraft", path: "/aircraft" },
  vehicle: { one: "vehicle", many: "vehicles", path: "/vehicles" },
};

export const aircraftClasses = [
  "single_engine_piston",
  "multi_engine_piston",
  "turboprop",
  "jet",
  "helicopter",
  "glider",
  "other",
] as const;

export const aircraftClassOptions = optionsOf(aircraftClasses, {
  single_engine_piston: "Single-engine piston",
  multi_engine_piston: "Multi-engine piston",
  turboprop: "Turboprop",
  jet: "Jet",
  helicopter: "Helicopter",
  glider: "Glider",
  other: "Other",
});

export const fuelCodes = ["100LL", "JET-A", "JET-A1", "MOGAS", "ELECTRIC", "OTHER"] as const;

export const fuelCodeOptions = optionsOf(fuelCodes, {
  "100LL": "100LL",
  "JET-A": "Jet-A",
  "JET-A1": "Jet-A1",
  MOGAS: "Mogas",
  ELECTRIC: "Electric",
  OTHER: "Other",
});

export const assetStatuses = ["active", "inactive"] as const;

export const assetStatusOptions = optionsOf(assetStatuses, {
  active: "Active",
  inactive: "Inactive",
});

/** Columns both kinds' lists can be ordered by. */
const commonSortColumns = ["make", "model", "year", "homeServiceCenter", "active", "createdAt", "updatedAt"] as const;

/** Per kind, the columns its list shows and can be ordered by. */
export const assetSortColumns = {
  aircraft: ["registration", "serialNumber", "aircraftClass", "totalAirframeHours", ...commonSortColumns],
  vehicle: ["vin", "licensePlate", "color", "mileage", ...commonSortColumns],
} as const;

export const allAssetSortColumns = [...new Set([...assetSortColumns.aircraft, ...assetSortColumns.vehicle])];
export type AssetSortColumn = (typeof allAssetSortColumns)[number];
