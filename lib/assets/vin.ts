// Vehicle identification numbers: normalization, the check digit (ISO 3779 / 49 CFR 565), mandatory
// only for vehicles built in North America.
import { requiresCheckDigit } from "@/lib/assets/wmi";

export const VIN_LENGTH = 17;

/** The value of each character in the check-digit sum; I, O and Q never occur in a VIN. */
const transliteration: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};

/** Weight of each position; position 9 (the check digit itself) weighs nothing. */
const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

function charValue(char: string): number {
  return /\d/.test(char) ? Number(char) : (transliteration[char] ?? 0);
}

/** Upper-cased, with spaces and hyphens people copy from documents removed. */
export function normalizeVin(value: string): string {
  return value.replace(/[\s-]/g, "").toUpperCase();
}

/** The expected 9th character of a 17-character VIN: 0–9, or X for a remainder of 10. */
export function computeVinCheckDigit(vin: string): string {
  const sum = [...vin].reduce((total, char, index) => total + charValue(char) * (weights[index] ?? 0), 0);
  const remainder = sum % 11;
  return remainder === 10 ? "X" : String(remainder);
}

/** True when the 9th character is the computed check digit. */
export function vinCheckDigitMatches(vin: string): boolean {
  return vin[8] === computeVinCheckDigit(vin);
}

/** Shown wherever a VIN built outside North America is accepted with a check digit that does not match. */
export const VIN_CHECK_DIGIT_NOTE =
  "The check digit (9th character) does not match; vehicles built outside North America often don't use one.";

export type VinCheck = { ok: true; vin: string } | { ok: false; message: string };

/**
 * Validates a VIN typed by a person; the message says exactly what is wrong. A check digit that does
 * not match refuses only North American VINs; elsewhere it is accepted (decodeVin adds a note).
 */
export function checkVin(value: string): VinCheck {
  const vin = normalizeVin(value);
  const forbidden = [...new Set(vin.match(/[IOQ]/g) ?? [])];
  if (forbidden.length > 0) {
    return { ok: false, message: `A VIN never contains the letters I, O or Q (found ${forbidden.join(", ")})` };
  }
  if (!/^[A-Z0-9]*$/.test(vin)) return { ok: false, message: "A VIN contains only letters and digits" };
  if (vin.length !== VIN_LENGTH) {
    return { ok: false, message: `A VIN has 17 characters (this one has ${vin.length})` };
  }
  if (requiresCheckDigit(vin) && !vinCheckDigitMatches(vin)) {
    const expected = computeVinCheckDigit(vin);
    return {
      ok: false,
      message: `This VIN's check digit (9th character) should be ${expected}, not ${vin[8]}: vehicles built in North America always carry one. Check for a typo.`,
    };
  }
  return { ok: true, vin };
}
