// Asset validation shared by the react-hook-form client forms and the server: one schema per kind,
// discriminated by `kind` (no server imports).
import { z } from "zod";
import {
  homeServiceCenterField,
  notesField,
  notForKind,
  optionalChoice,
  optionalHours,
  optionalMileage,
  optionalPlateCountry,
  checkPlateOfCountry,
  writePlateOfCountry,
  optionalVinField,
  optionalYear,
  registrationField,
  registrationFieldKeeping,
  assetLimits,
} from "@/lib/assets/fields";
import { optionalText } from "@/lib/validation";
import { aircraftClasses, fuelCodes, type AssetKind } from "@/lib/assets/options";

const sharedFields = {
  make: optionalText("Make", assetLimits.make),
  model: optionalText("Model", assetLimits.model),
  year: optionalYear,
  homeServiceCenterId: homeServiceCenterField,
  notes: notesField,
  active: z
    .boolean({ error: "Active must be true or false" })
    .nullish()
    .transform((value) => value ?? true),
};

export const aircraftInputSchema = z.object({
  kind: z.literal("aircraft"),
  registration: registrationField,
  serialNumber: optionalText("Serial number", assetLimits.serialNumber),
  aircraftClass: optionalChoice(aircraftClasses, "Choose an aircraft class from the list"),
  fuelCode: optionalChoice(fuelCodes, "Choose 100LL, Jet-A, Jet-A1, Mogas, electric or other"),
  totalAirframeHours: optionalHours,
  vin: notForKind("Aircraft have no VIN; use the registration and serial number"),
  licensePlate: notForKind("Aircraft have no licence plate"),
  plateCountry: notForKind("Aircraft have no licence plate"),
  color: notForKind("Colour is recorded for vehicles only"),
  mileage: notForKind("Aircraft record airframe hours, not mileage"),
  ...sharedFields,
});

/** A vehicle's fields without the plate check, for documenting partial updates (refined schemas cannot be partial). */
export const vehicleFieldsSchema = z.object({
  kind: z.literal("vehicle"),
  vin: optionalVinField,
  licensePlate: optionalText("Licence plate", assetLimits.licensePlate),
  plateCountry: optionalPlateCountry,
  color: optionalText("Colour", assetLimits.color),
  mileage: optionalMileage,
  registration: notForKind("Vehicles have no aircraft registration; use the VIN or licence plate"),
  serialNumber: notForKind("Vehicles are identified by their VIN"),
  aircraftClass: notForKind("Aircraft class is for aircraft only"),
  fuelCode: notForKind("Fuel code is recorded for aircraft only"),
  totalAirframeHours: notForKind("Vehicles record mileage, not airframe hours"),
  ...sharedFields,
});

/** The licence plate is checked against its country's format where known, and written that country's way. */
const vehicleInputSchema = vehicleFieldsSchema.superRefine(checkPlateOfCountry).overwrite(writePlateOfCountry);

/** Create (and full edit) of either kind; the form and the server parse with it. */
export const assetInputSchema = z.discriminatedUnion("kind", [aircraftInputSchema, vehicleInputSchema], {
  error: "Choose aircraft or vehicle as the kind",
});

export type AircraftInput = z.input<typeof aircraftInputSchema>;
export type VehicleInput = z.input<typeof vehicleInputSchema>;
/** A validated, normalized asset of either kind: every column set (null for the other kind's). */
export type AssetData = z.output<typeof assetInputSchema>;

/**
 * One kind's schema; for an edit, `stored` is the record as saved, whose registration is kept when left
 * unchanged even if it predates the nationality rules (lib/assets/registration.ts).
 */
export function assetSchemaFor(kind: AssetKind, stored?: { registration: string | null }) {
  if (kind === "vehicle") return vehicleInputSchema;
  return stored?.registration
    ? aircraftInputSchema.extend({ registration: registrationFieldKeeping(stored.registration) })
    : aircraftInputSchema;
}

/** Every editable column (the kind itself never changes). */
export const assetFieldNames = [
  "registration",
  "vin",
  "serialNumber",
  "make",
  "model",
  "year",
  "aircraftClass",
  "fuelCode",
  "totalAirframeHours",
  "licensePlate",
  "plateCountry",
  "color",
  "mileage",
  "homeServiceCenterId",
  "notes",
  "active",
] as const;
type AssetFieldName = (typeof assetFieldNames)[number];

const version = z.number({ error: "Reload the page and try again" }).int().positive();

/** REST PATCH: any subset of fields, each validated on the merged record; `version` optional. */
export type AssetPatch = Partial<Record<AssetFieldName | "kind", unknown>> & { version?: unknown };
export const assetPatchMetaSchema = z.object({ version: version.optional() });

/** The UI edit form: every field of its kind plus the record's id and the `version` it was read at. */
export const assetEditKeys = { id: z.string().min(1), version };
export const assetEditSchema = z.discriminatedUnion("kind", [
  aircraftInputSchema.extend(assetEditKeys),
  vehicleInputSchema.safeExtend(assetEditKeys),
]);
