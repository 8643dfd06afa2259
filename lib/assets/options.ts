// Fixed choices for aircraft and vehicles (kinds, classes, fuel codes, list sorting) with UI labels.
import type { Option } from "@/lib/fields/options";

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
export type AircraftClass = (typeof aircraftClasses)[number];

export const aircraftClassOptions: Option<AircraftClass>[] = [
  { value: "single_engine_piston", label: "Single-engine piston" },
  { value: "multi_engine_piston", label: "Multi-engine piston" },
  { value: "turboprop", label: "Turboprop" },
  { value: "jet", label: "Jet" },
  { value: "helicopter", label: "Helicopter" },
  { value: "glider", label: "Glider" },
  { value: "other", label: "Other" },
];

export const fuelCodes = ["100LL", "JET-A", "JET-A1", "MOGAS", "ELECTRIC", "OTHER"] as const;
export type FuelCode = (typeof fuelCodes)[number];

export const fuelCodeOptions: Option<FuelCode>[] = [
  { value: "100LL", label: "100LL" },
  { value: "JET-A", label: "Jet-A" },
  { value: "JET-A1", label: "Jet-A1" },
  { value: "MOGAS", label: "Mogas" },
  { value: "ELECTRIC", label: "Electric" },
  { value: "OTHER", label: "Other" },
];

export const assetStatuses = ["active", "inactive"] as const;
export type AssetStatus = (typeof assetStatuses)[number];

export const assetStatusOptions: Option<AssetStatus>[] = [
  { value: "active", label: "Active" },
  { value: "inactive", label: "Inactive" },
];

/** Columns both kinds' lists can be ordered by. */
const commonSortColumns = ["make", "model", "year", "homeServiceCenter", "active", "createdAt", "updatedAt"] as const;

/** Per kind, the columns its list shows and can be ordered by. */
export const assetSortColumns = {
  aircraft: ["registration", "serialNumber", "aircraftClass", "totalAirframeHours", ...commonSortColumns],
  vehicle: ["vin", "licensePlate", "color", "mileage", ...commonSortColumns],
} as const;

export const allAssetSortColumns = [...new Set([...assetSortColumns.aircraft, ...assetSortColumns.vehicle])];
export type AssetSortColumn = (typeof allAssetSortColumns)[number];
