// Field-level asset schemas: trimming, "empty means not set", numbers typed as text, identifiers.
import { z } from "zod";
import { isUuid, textSchema } from "@/lib/validation";
import { checkRegistration } from "@/lib/assets/registration";
import { checkVin } from "@/lib/assets/vin";
import { checkPlate } from "@/lib/assets/plates";
import { isCountryCode } from "@/lib/fields/countries";

export const assetLimits = {
  serialNumber: 50,
  make: 100,
  model: 100,
  licensePlate: 20,
  color: 40,
  notes: 10_000,
  maxHours: 999_999_999.9,
  maxMileage: 2_000_000_000,
  firstYear: 1900,
} as const;

/** Form inputs send text, REST clients numbers; blank text means "not set". */
const numberish = z.union([z.number(), textSchema("The number")], { error: "Enter a number" }).nullish();

function readNumber(value: number | string | null | undefined): number | null | "invalid" {
  if (value == null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : "invalid";
  const text = value.trim().replace(/[,\s]/g, "");
  if (text === "") return null;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : "invalid";
}

/** A whole number in [min, max()] (max is a function so "next year" is computed when parsing). */
function optionalInteger(label: string, min: number, max: () => number) {
  return numberish.transform((value, ctx) => {
    const n = readNumber(value);
    if (n === null) return null;
    if (n !== "invalid" && Number.isInteger(n) && n >= min && n <= max()) return n;
    const message =
      n === "invalid" || !Number.isInteger(n)
        ? `${label} must be a whole number`
        : `${label} must be between ${min} and ${max()}`;
    ctx.addIssue({ code: "custom", message, input: value });
    return z.NEVER;
  });
}

/** Hours flown: zero or more, at most one decimal place (stored as DECIMAL(10,1)). */
export const optionalHours = numberish.transform((value, ctx) => {
  const n = readNumber(value);
  if (n === null) return null;
  let message: string | null = null;
  if (n === "invalid") message = "Enter the hours as a number, e.g. 1234.5";
  else if (n < 0) message = "Hours cannot be negative";
  else if (n > assetLimits.maxHours) message = "That is more hours than any airframe has flown";
  else if (Math.round(n * 10) / 10 !== n) message = "Use at most one decimal place, e.g. 1234.5";
  if (message === null) return n as number;
  ctx.addIssue({ code: "custom", message, input: value });
  return z.NEVER;
});

const nextYear = () => new Date().getFullYear() + 1;
export const optionalYear = optionalInteger("Year", assetLimits.firstYear, nextYear);
export const optionalMileage = optionalInteger("Mileage", 0, () => assetLimits.maxMileage);

/**
 * The registration: a known nationality's mark checked and written its way, others in the general shape.
 * `stored` is the record's own mark: left unchanged it is kept even if it was saved under looser, earlier
 * rules, so a record never becomes uneditable because the rules grew stricter.
 */
export function registrationFieldKeeping(stored: string | null) {
  return textSchema("Registration", "Enter the registration, e.g. N12345").transform((value, ctx) => {
    if (!value.trim()) {
      ctx.addIssue({ code: "custom", message: "Enter the registration, e.g. N12345", input: value });
      return z.NEVER;
    }
    if (stored !== null && value.trim().toUpperCase() === stored.toUpperCase()) return stored;
    const check = checkRegistration(value);
    if (check.ok) return check.registration;
    ctx.addIssue({ code: "custom", message: check.message, input: value });
    return z.NEVER;
  });
}

export const registrationField = registrationFieldKeeping(null);

export const optionalVinField = textSchema("VIN", "Enter the VIN as text")
  .nullish()
  .transform((value, ctx) => {
    if (!value?.trim()) return null;
    const check = checkVin(value);
    if (check.ok) return check.vin;
    ctx.addIssue({ code: "custom", message: check.message, input: value });
    return z.NEVER;
  });

/** One of `allowed`, matched case-insensitively (JET-A = Jet-A); blank means not set. */
export function optionalChoice<T extends string>(allowed: readonly T[], message: string) {
  return textSchema("The choice", message)
    .nullish()
    .transform((value, ctx) => {
      const text = value?.trim();
      if (!text) return null;
      const match = allowed.find((option) => option.toLowerCase() === text.toLowerCase());
      if (match) return match;
      ctx.addIssue({ code: "custom", message, input: value });
      return z.NEVER;
    });
}

/** A field the other kind has: accepted only when blank, then stored as null. */
export function notForKind(message: string) {
  return z
    .unknown()
    .optional()
    .transform((value, ctx) => {
      if (value == null || value === "") return null;
      ctx.addIssue({ code: "custom", message, input: value });
      return z.NEVER;
    });
}

export const homeServiceCenterField = textSchema("Service center", "Choose a service center")
  .nullish()
  .transform((value, ctx) => {
    const id = value?.trim();
    if (!id) return null;
    if (isUuid(id)) return id.toLowerCase();
    ctx.addIssue({ code: "custom", message: "Choose a service center from the list", input: value });
    return z.NEVER;
  });

export const notesField = textSchema("Notes")
  .max(assetLimits.notes, `Notes must be at most ${assetLimits.notes} characters`)
  .nullish()
  .transform((value) => (value?.trim() ? value : null));

/** The country that issued a licence plate: an ISO 3166 code, any case; blank means not known. */
export const optionalPlateCountry = textSchema("Plate country", "Choose the country that issued the plate")
  .nullish()
  .transform((value, ctx) => {
    const code = value?.trim().toUpperCase();
    if (!code) return null;
    if (isCountryCode(code)) return code;
    ctx.addIssue({ code: "custom", message: "Choose the country that issued the plate from the list", input: value });
    return z.NEVER;
  });

/**
 * The licence plate checked against its country's format (known formats only) and written the way that
 * country writes it; the vehicle schema applies it once both fields are parsed.
 */
export function checkPlateOfCountry(
  vehicle: { licensePlate: string | null; plateCountry: string | null },
  ctx: z.RefinementCtx,
): void {
  if (!vehicle.licensePlate) return;
  const check = checkPlate(vehicle.licensePlate, vehicle.plateCountry);
  if (!check.ok) ctx.addIssue({ code: "custom", path: ["licensePlate"], message: check.message });
}

export function writePlateOfCountry<T extends { licensePlate: string | null; plateCountry: string | null }>(
  vehicle: T,
): T {
  if (!vehicle.licensePlate) return vehicle;
  const check = checkPlate(vehicle.licensePlate, vehicle.plateCountry);
  return check.ok ? { ...vehicle, licensePlate: check.plate } : vehicle;
}
