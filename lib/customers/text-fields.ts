// Text field helpers shared by the customer, terms, contact and asset schemas.
import { textSchema } from "@/lib/validation";

export const tooLong = (label: string, max: number) => `${label} must be at most ${max} characters`;

/** Single-line text: trimmed; empty means not set (null); otherwise stored as typed. */
export function optionalText(label: string, max: number) {
  return textSchema(label)
    .trim()
    .max(max, tooLong(label, max))
    .nullish()
    .transform((value) => value || null);
}
