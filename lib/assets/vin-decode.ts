// What a valid VIN tells without a lookup service: region, country and manufacturer from the WMI (first
// characters), the model year where the VIN reliably encodes it, and whether its check digit matches.
import { VIN_CHECK_DIGIT_NOTE, vinCheckDigitMatches } from "@/lib/assets/vin";
import { decodeVinCountry, decodeVinRegion, requiresCheckDigit } from "@/lib/assets/wmi";
import { wmiManufacturers } from "@/lib/assets/wmi-manufacturers";

/** Model-year codes in cycle order: A = 1980 (and 2010), …, Y = 2000 (2030), 1 = 2001 (2031), …, 9 = 2009. */
const YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";
const CYCLE = 30;
const FIRST_CYCLE_START = 1980;

/**
 * The model year. Letters and digits repeat every 30 years; since 2010 North American makers put a
 * letter in position 7 for 2010–2039 and a digit for 1980–2009 (49 CFR 565.15). A year that would
 * lie beyond next year falls back to the nearest earlier cycle (a vehicle cannot be from the future).
 */
export function decodeVinYear(vin: string, today = new Date()): number | null {
  const index = YEAR_CODES.indexOf(vin[9] ?? "");
  if (vin.length !== 17 || index < 0) return null;
  const latestPossible = today.getFullYear() + 1;
  let year = FIRST_CYCLE_START + index + (/[A-Z]/.test(vin[6] ?? "") ? CYCLE : 0);
  while (year > latestPossible) year -= CYCLE;
  return year;
}

/** The 10th-character code of a model year (one code per year of a 30-year cycle). */
export function vinYearCode(year: number): string {
  return YEAR_CODES[(year - FIRST_CYCLE_START) % CYCLE]!;
}

/**
 * Whether position 10 is a model year: always for North American VINs (49 CFR 565.15), and for others
 * that carry a valid check digit (built to the same rules, e.g. for export to North America). European
 * VINs need not encode it (ISO 3779 leaves position 10 to the maker), so it is not guessed there.
 */
function encodesModelYear(vin: string): boolean {
  return requiresCheckDigit(vin) || vinCheckDigitMatches(vin);
}

export interface VinDecoding {
  region: string | null;
  country: string | null;
  /** From the list of common WMIs (lib/assets/wmi-manufacturers.ts); null when not listed. */
  manufacturer: string | null;
  /** Null where the VIN does not reliably encode it. */
  modelYear: number | null;
  checkDigit: "valid" | "mismatch";
  /** Things a person should know, e.g. that the (optional) check digit does not match. */
  notes: string[];
}

/** Decodes a VIN that passed checkVin. */
export function decodeVin(vin: string, today = new Date()): VinDecoding {
  const checkDigit = vinCheckDigitMatches(vin) ? "valid" : "mismatch";
  return {
    region: decodeVinRegion(vin),
    country: decodeVinCountry(vin),
    manufacturer: wmiManufacturers[vin.slice(0, 3)] ?? null,
    modelYear: encodesModelYear(vin) ? decodeVinYear(vin, today) : null,
    checkDigit,
    notes: checkDigit === "mismatch" ? [VIN_CHECK_DIGIT_NOTE] : [],
  };
}
