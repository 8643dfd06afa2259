// Text field helpers shared by the customer, terms, contact and asset schemas.
import { z } from "zod";

export const tooLong = (label: string, max: number) => `${label} must be at most ${max} characters`;

/** Single-line text: trimmed; empty means not set (null); otherwise stored as typed. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, tooLong(label, max))
    .nullish()
    .transform((value) => value || null);
}
