// The shop: service centers, aircraft and vehicles (created the real way or written as rows), and the
// links between assets and customers.
import { randomInt, randomUUID } from "node:crypto";
import type { Ctx } from "@/lib/auth/context";
import { createAsset } from "@/lib/assets/mutations";
import type { AircraftInput, VehicleInput } from "@/lib/assets/schemas";
import { computeVinCheckDigit } from "@/lib/assets/vin";
import { db } from "@/lib/db";
import { makeCustomer } from "./customers";

/** A service center written directly (its own tests go through lib/service-centers). */
export function makeServiceCenter(orgId: string, overrides: { code?: string; name?: string; active?: boolean } = {}) {
  const code =
    overrides.code ??
    `K${randomUUID()
      .replace(/[^A-F0-9]/gi, "")
      .slice(0, 9)
      .toUpperCase()}`;
  return db.serviceCenter.create({
    data: { organizationId: orgId, code, name: overrides.name ?? `Center ${code}`, active: overrides.active ?? true },
  });
}

const N_NUMBER_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

/** A random, valid US registration such as N472KT (one of about 500,000). */
export const uniqueRegistration = () => {
  const digit = (from: number) => String(from + randomInt(10 - from));
  const letter = () => N_NUMBER_LETTERS[randomInt(N_NUMBER_LETTERS.length)];
  return `N${digit(1)}${digit(0)}${digit(0)}${letter()}${letter()}`;
};

const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

/** A random 17-character VIN with a correct check digit (US-built, model-year code K). */
export function uniqueVin(): string {
  const random = (n: number) => Array.from({ length: n }, () => VIN_CHARS[Math.floor(Math.random() * 33)]).join("");
  const draft = `1FT${random(5)}0K${random(7)}`;
  return `${draft.slice(0, 8)}${computeVinCheckDigit(draft)}${draft.slice(9)}`;
}

/** An aircraft created through lib/assets. */
export function makeAircraft(ctx: Ctx, overrides: Partial<AircraftInput> = {}) {
  const aircraft = { registration: uniqueRegistration(), make: "Cessna", model: "172S" };
  return createAsset(ctx, { kind: "aircraft", ...aircraft, ...overrides });
}

/** A vehicle created through lib/assets. */
export function makeVehicle(ctx: Ctx, overrides: Partial<VehicleInput> = {}) {
  const vehicle = { vin: uniqueVin(), make: "Ford", model: "Transit", year: 2019 };
  return createAsset(ctx, { kind: "vehicle", ...vehicle, ...overrides });
}

/** An aircraft (unique random registration) or a vehicle, written directly. */
export function makeAssetRow(
  orgId: string,
  overrides: { kind?: "aircraft" | "vehicle"; registration?: string; make?: string; model?: string } = {},
) {
  const kind = overrides.kind ?? "aircraft";
  const registration =
    kind === "aircraft" ? (overrides.registration ?? `N${randomInt(100_000_000, 1_000_000_000)}`) : null;
  return db.asset.create({
    data: {
      organizationId: orgId,
      kind,
      registration,
      make: overrides.make ?? (kind === "aircraft" ? "Cessna" : "Ford"),
      model: overrides.model ?? (kind === "aircraft" ? "172S" : "Transit"),
      searchText: (registration ?? "").toLowerCase(),
    },
  });
}

/** A link between an asset and a customer, written directly (rules live in lib/asset-links). */
export function makeAssetLinkRow(
  orgId: string,
  assetId: string,
  customerId: string,
  overrides: { isPrimary?: boolean; status?: "current" | "former" | "prospective" } = {},
) {
  return db.assetCustomer.create({
    data: {
      organizationId: orgId,
      assetId,
      customerId,
      isPrimary: overrides.isPrimary ?? false,
      status: overrides.status ?? "current",
    },
  });
}

/** An aircraft (or vehicle) row with a primary customer. */
export async function makeLinkedAsset(ctx: Ctx, kind: "aircraft" | "vehicle" = "aircraft") {
  const asset = await makeAssetRow(ctx.orgId, { kind });
  const owner = await makeCustomer(ctx);
  await makeAssetLinkRow(ctx.orgId, asset.id, owner.id, { isPrimary: true });
  return { asset, owner };
}
