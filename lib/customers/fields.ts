// Field-level customer schemas: trimming, "empty means not set" and per-field normalization.
import { z } from "zod";
import { textSchema, optionalText, tooLong } from "@/lib/validation";
import { isCountryCode } from "@/lib/fields/countries";
import { customerKinds, customerStatuses, phoneTypes } from "@/lib/customers/options";
import { canonicalizeLanguage, checkWebsite, isCurrencyCode, normalizeTags } from "@/lib/fields/normalize";
import { customerTermsShape } from "@/lib/customers/terms";
import { consentShape } from "@/lib/consent/options";
import { pastCalendarDateSchema } from "@/lib/fields/calendar-date";
import { toDateText } from "@/lib/format";
import { isSealed, SEALED_INPUT_MESSAGE } from "@/lib/privacy/sealed-format";

export const limits = {
  name: 200,
  personName: 100,
  accountNumber: 50,
  email: 254,
  phone: 30,
  website: 300,
  taxId: 50,
  addressLine: 200,
  city: 100,
  region: 100,
  postalCode: 20,
  tag: 50,
  tags: 30,
  notes: 10_000,
  source: 100,
} as const;

/** Text normalized by `normalize` (null = invalid, reported with `message`). */
function optionalCode(label: string, max: number, message: string, normalize: (value: string) => string | null) {
  return textSchema(label)
    .trim()
    .nullish()
    .transform((value, ctx) => {
      if (!value) return null;
      const normalized = normalize(value);
      if (normalized !== null && normalized.length <= max) return normalized;
      ctx.addIssue({ code: "custom", message: normalized === null ? message : tooLong(label, max), input: value });
      return z.NEVER;
    });
}

const optionalPhoneType = z
  .union([z.enum(phoneTypes), z.literal("")], { error: "Choose mobile, work, home or fax" })
  .nullish()
  .transform((value) => value || null);

const emailPattern = z.regexes.email;

const tags = z
  .array(textSchema("Each tag"), { error: "Tags must be a list of words" })
  .nullish()
  .transform((value, ctx) => {
    const normalized = normalizeTags(value ?? []);
    const longTag = normalized.some((tag) => tag.length > limits.tag);
    if (!longTag && normalized.length <= limits.tags) return normalized;
    const message = longTag ? `Each tag must be at most ${limits.tag} characters` : `Use at most ${limits.tags} tags`;
    ctx.addIssue({ code: "custom", message, input: value });
    return z.NEVER;
  });

/** An http(s) address in its normalized form, or the reason it is refused (lib/fields/normalize.ts). */
const website = textSchema("Website")
  .trim()
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    const checked = checkWebsite(value);
    if ("url" in checked && checked.url.length <= limits.website) return checked.url;
    ctx.addIssue({
      code: "custom",
      message: "error" in checked ? checked.error : tooLong("Website", limits.website),
      input: value,
    });
    return z.NEVER;
  });

/** Every customer field (commercial terms included) with its own rules; cross-field rules live in schemas.ts. */
export const customerFieldsSchema = z.object({
  kind: z.enum(customerKinds, { error: "Choose company or person" }).optional(),
  name: optionalText("Name", limits.name),
  displayName: optionalText("Display name", limits.name),
  firstName: optionalText("First name", limits.personName),
  lastName: optionalText("Last name", limits.personName),
  accountNumber: optionalText("Account number", limits.accountNumber),
  status: z.enum(customerStatuses, { error: "Choose active, inactive, suspended or blocked" }).optional(),
  email: optionalCode("Email", limits.email, "Enter a valid email address", (value) => {
    const lower = value.toLowerCase();
    return emailPattern.test(lower) ? lower : null;
  }),
  phone: optionalText("Phone", limits.phone),
  phoneType: optionalPhoneType,
  secondaryPhone: optionalText("Secondary phone", limits.phone),
  secondaryPhoneType: optionalPhoneType,
  website,
  taxId: optionalText("Tax ID", limits.taxId).refine((value) => !value || !isSealed(value), SEALED_INPUT_MESSAGE),
  // A person's; kept as `YYYY-MM-DD` text (stored encrypted), dropped for companies (schemas.ts).
  dateOfBirth: pastCalendarDateSchema("Date of birth").transform((date) => date && toDateText(date)),
  addressLine1: optionalText("Address line 1", limits.addressLine),
  addressLine2: optionalText("Address line 2", limits.addressLine),
  city: optionalText("City", limits.city),
  region: optionalText("State or province", limits.region),
  postalCode: optionalText("Postal code", limits.postalCode),
  country: optionalCode("Country", 2, "Use a 2-letter country code such as US", (value) => {
    const upper = value.toUpperCase();
    return isCountryCode(upper) ? upper : null;
  }),
  currency: optionalCode("Currency", 3, "Use a 3-letter currency code such as USD", (value) => {
    const upper = value.toUpperCase();
    return isCurrencyCode(upper) ? upper : null;
  }),
  language: optionalCode("Language", 35, "Use a language code such as en or en-US", canonicalizeLanguage),
  tags,
  notes: textSchema("Notes")
    .max(limits.notes, tooLong("Notes", limits.notes))
    .nullish()
    .transform((value) => (value?.trim() ? value : null)),
  source: optionalText("Source", limits.source),
  customerSince: pastCalendarDateSchema("Customer since"),
  ...customerTermsShape,
  ...consentShape,
});

export type CustomerFields = z.output<typeof customerFieldsSchema>;
export const customerFieldNames = customerFieldsSchema.keyof().options;

/**
 * A customer value as timeline diffs, reverts and import undo data record it: "Customer since" as its
 * `YYYY-MM-DD` text (a stored Date and the schema's Date compare equal, and read back into the schema).
 */
export function recordedCustomerValue(field: string, value: unknown): unknown {
  return field === "customerSince" && value instanceof Date ? toDateText(value) : value;
}

/** A customer's fields as recorded (recordedCustomerValue), for diffing two versions of it. */
export function recordedCustomerFields(customer: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(customerFieldNames.map((field) => [field, recordedCustomerValue(field, customer[field])]));
}
