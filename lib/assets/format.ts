// Display helpers for assets, safe on the client and the server (no server imports): labels, page
// links, and the columns a label needs.
import type { Prisma } from "@/lib/db";
import { aircraftClassOptions, fuelCodeOptions, type AssetKind } from "@/lib/assets/options";
import { labelOf } from "@/lib/fields/options";
import { formatNumber } from "@/lib/number-format";

export interface LabelledAsset {
  kind: AssetKind;
  registration?: string | null;
  vin?: string | null;
  licensePlate?: string | null;
  make?: string | null;
  model?: string | null;
  year?: number | null;
}

const joined = (...parts: (string | number | null | undefined)[]) =>
  parts.filter((part) => part != null && part !== "").join(" ");

/** "N12345 · Cessna 172S" for aircraft; "Ford Transit 2019 · 1FTBW2CM5KKA12345" for vehicles. */
export function assetLabel(asset: LabelledAsset): string {
  const description = joined(asset.make, asset.model);
  if (asset.kind === "aircraft") {
    return [asset.registration, description].filter(Boolean).join(" · ") || "Aircraft";
  }
  const identifier = asset.vin ?? asset.licensePlate;
  const name = joined(description, asset.year) || "Vehicle";
  return identifier ? `${name} · ${identifier}` : name;
}

export const formatAircraftClass = (value: string | null | undefined) => labelOf(aircraftClassOptions, value);
export const formatFuelCode = (value: string | null | undefined) => labelOf(fuelCodeOptions, value);

/** Airframe hours in the viewer's locale: "1,234.5 h" (en-US), "1.234,5 h" (de-DE). */
export function formatHours(hours: number | null | undefined, prefs: { locale: string }): string | null {
  if (hours == null) return null;
  return `${formatNumber(hours, prefs, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}\u00a0h`;
}

export function formatMileage(mileage: number | null | undefined, prefs: { locale: string }): string | null {
  return mileage == null ? null : formatNumber(mileage, prefs);
}

/** The asset columns that identify it in a label, a list row or a picker (see `assetLabel`). */
export const assetIdentitySelect = {
  id: true,
  kind: true,
  registration: true,
  vin: true,
  serialNumber: true,
  make: true,
  model: true,
} satisfies Prisma.AssetSelect;

/** Every column `assetLabel` reads. */
export const assetLabelSelect = {
  kind: true,
  registration: true,
  vin: true,
  licensePlate: true,
  make: true,
  model: true,
  year: true,
} satisfies Prisma.AssetSelect;

/** The asset's page, /aircraft/{id} or /vehicles/{id}, optionally on one of its tabs. */
export function assetHref(asset: { id: string; kind: AssetKind }, tab?: string): string {
  const base = asset.kind === "aircraft" ? `/aircraft/${asset.id}` : `/vehicles/${asset.id}`;
  return tab ? `${base}?tab=${tab}` : base;
}
