// Commercial terms fields of a customer (tier, type, credit limit, payment terms, shipping, internal
// notes): per-field rules shared by the form and the server; cross-field rules live in schemas.ts.
import { z } from "zod";
import { textSchema, optionalText, tooLong } from "@/lib/validation";
import { isCountryCode } from "@/lib/fields/countries";
import { optionsOf } from "@/lib/fields/options";
import { isSealed, SEALED_INPUT_MESSAGE } from "@/lib/privacy/sealed-format";

export const customerTypes = ["standard", "vip", "partner"] as const;
export type CustomerType = (typeof customerTypes)[number];

export const customerTypeLabels: Record<CustomerType, string> = {
  standard: "Standard",
  vip: "VIP",
  partner: "Partner",
};
export const customerTypeOptions = optionsOf(customerTypes, customerTypeLabels);

/** Payment terms presets (days); any other 0–365 is "custom". 0 = cash on delivery / due on receipt. */
export const paymentTermsPresets = [
  { days: 0, label: "COD (due on receipt)" },
  { days: 15, label: "Net 15" },
  { days: 30, label: "Net 30" },
  { days: 45, label: "Net 45" },
  { days: 60, label: "Net 60" },
  { days: 90, label: "Net 90" },
] as const;

export function describePaymentTerms(days: number | null): string | null {
  if (days === null) return null;
  return paymentTermsPresets.find((preset) => preset.days === days)?.label ?? `Net ${days}`;
}

export const termsLimits = { shippingMethod: 50, internalNotes: 10_000, maxPaymentDays: 365 } as const;

/** The column sizes of the shipping address, the same as the billing address's. */
const addressLimits = { addressLine: 200, city: 100, region: 100, postalCode: 20 } as const;

const CREDIT_MESSAGE = "Enter an amount of 0 or more with at most 2 decimals, such as 25000.00";
const creditPattern = /^\d{1,12}(\.\d{1,2})?$/;

/** A stored Decimal (read back from the database when a patch is merged) exposes toFixed. */
interface DecimalLike {
  toFixed(digits: number): string;
}

function isDecimalLike(value: unknown): value is DecimalLike {
  return typeof value === "object" && value !== null && typeof (value as { toFixed?: unknown }).toFixed === "function";
}

/**
 * Money as a decimal string end to end ("1234567.89"), never a float: numbers are refused so an
 * integrator cannot lose cents to binary rounding. Commas typed as thousands separators are dropped.
 */
const creditLimitSchema = z
  .union([z.string(), z.number(), z.custom<DecimalLike>(isDecimalLike)], { error: CREDIT_MESSAGE })
  .nullish()
  .transform((value, ctx): string | null => {
    if (value == null) return null;
    const text =
      typeof value === "string"
        ? value.trim().replace(/,/g, "")
        : typeof value === "number"
          ? undefined
          : value.toFixed(2);
    if (text === "") return null;
    if (text !== undefined && creditPattern.test(text)) return text.replace(/^0+(?=\d)/, "");
    const message =
      typeof value === "number" ? 'Send the credit limit as a decimal string, such as "25000.00"' : CREDIT_MESSAGE;
    ctx.addIssue({ code: "custom", message, input: value });
    return z.NEVER;
  });

const PAYMENT_MESSAGE = `Payment terms must be a whole number of days from 0 to ${termsLimits.maxPaymentDays}`;

/** Days: a number from the API, text from the form; empty means not set. */
const paymentTermsDaysSchema = z
  .union([z.number(), z.string()], { error: PAYMENT_MESSAGE })
  .nullish()
  .transform((value, ctx): number | null => {
    const text = typeof value === "string" ? value.trim() : value;
    if (text == null || text === "") return null;
    const days = typeof text === "number" ? text : /^\d+$/.test(text) ? Number(text) : NaN;
    if (Number.isInteger(days) && days >= 0 && days <= termsLimits.maxPaymentDays) return days;
    ctx.addIssue({ code: "custom", message: PAYMENT_MESSAGE, input: value });
    return z.NEVER;
  });

const tierId = textSchema("Tier")
  .trim()
  .nullish()
  .transform((value) => value || null);

const shippingCountrySchema = textSchema("Shipping country")
  .trim()
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    const upper = value.toUpperCase();
    if (isCountryCode(upper)) return upper;
    ctx.addIssue({ code: "custom", message: "Use a 2-letter country code such as US", input: value });
    return z.NEVER;
  });

/** The terms fields of a customer (the existing address fields are the billing address). */
export const customerTermsShape = {
  tierId,
  customerType: z.enum(customerTypes, { error: "Choose standard, VIP or partner" }).optional(),
  creditLimit: creditLimitSchema,
  paymentTermsDays: paymentTermsDaysSchema,
  shippingSameAsBilling: z.boolean({ error: "Same as billing must be true or false" }).optional(),
  shippingLine1: optionalText("Shipping address line 1", addressLimits.addressLine),
  shippingLine2: optionalText("Shipping address line 2", addressLimits.addressLine),
  shippingCity: optionalText("Shipping city", addressLimits.city),
  shippingRegion: optionalText("Shipping state or province", addressLimits.region),
  shippingPostalCode: optionalText("Shipping postal code", addressLimits.postalCode),
  shippingCountry: shippingCountrySchema,
  preferredShippingMethod: optionalText("Preferred shipping method", termsLimits.shippingMethod),
  internalNotes: textSchema("Internal notes")
    .max(termsLimits.internalNotes, tooLong("Internal notes", termsLimits.internalNotes))
    .nullish()
    .transform((value) => (value?.trim() ? value : null))
    .refine((value) => !value || !isSealed(value), SEALED_INPUT_MESSAGE),
};
