// Shared setup for the assets integration tests: unique identifiers and assets created the real way.
import type { Ctx } from "@/lib/auth/context";
import { createAsset } from "@/lib/assets/mutations";
import type { AircraftInput, VehicleInput } from "@/lib/assets/schemas";
import { computeVinCheckDigit } from "@/lib/assets/vin";
import { uniq } from "@/tests/factories";

export { rejectionOf } from "../customers/helpers";

/** A random, valid registration such as N4F2A9C. */
export const uniqueRegistration = () =>
  `N${uniq()
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "")
    .slice(0, 6)}`;

const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

/** A random 17-character VIN with a correct check digit (US-built, model-year code K). */
export function uniqueVin(): string {
  const random = (n: number) => Array.from({ length: n }, () => VIN_CHARS[Math.floor(Math.random() * 33)]).join("");
  const draft = `1FT${random(5)}0K${random(7)}`;
  return `${draft.slice(0, 8)}${computeVinCheckDigit(draft)}${draft.slice(9)}`;
}

export function makeAircraft(ctx: Ctx, overrides: Partial<AircraftInput> = {}) {
  return createAsset(ctx, {
    kind: "aircraft",
    registration: uniqueRegistration(),
    make: "Cessna",
    model: "172S",
    ...overrides,
  });
}

export function makeVehicle(ctx: Ctx, overrides: Partial<VehicleInput> = {}) {
  return createAsset(ctx, {
    kind: "vehicle",
    vin: uniqueVin(),
    make: "Ford",
    model: "Transit",
    year: 2019,
    ...overrides,
  });
}
