// Consent and preferences of customers and contacts: the fixed choices, their labels and the zod fields the
// customer and contact schemas share (no server imports: forms use them).
import { z } from "zod";
import { contactMethodLabels, contactMethods, type ContactMethod } from "@/lib/contacts/options";
import { optionsOf, type Option } from "@/lib/fields/options";

const marketingConsents = ["not_asked", "granted", "withdrawn"] as const;
export type MarketingConsent = (typeof marketingConsents)[number];

export const marketingConsentLabels: Record<MarketingConsent, string> = {
  not_asked: "Not asked",
  granted: "Granted",
  withdrawn: "Withdrawn",
};

export const marketingConsentOptions: Option<MarketingConsent>[] = optionsOf(marketingConsents, marketingConsentLabels);

/** Where a change came from: a form in the app, an import, or the REST API. */
export type ConsentSource = "form" | "import" | "api";

export const consentSourceLabels: Record<ConsentSource, string> = { form: "Form", import: "Import", api: "API" };

/** The consent and preference fields of a customer and of a contact, in the order the card and history show them. */
export const customerConsentFields = [
  "marketingConsent",
  "newsletter",
  "preferredContactMethod",
  "emailVerified",
  "phoneVerified",
] as const;
export type ConsentField = (typeof customerConsentFields)[number];

export const consentFieldLabels: Record<ConsentField, string> = {
  marketingConsent: "Marketing consent",
  newsletter: "Newsletter",
  preferredContactMethod: "Preferred contact method",
  emailVerified: "Email verified",
  phoneVerified: "Phone verified",
};

/** A recorded value as people read it ("Granted", "Yes", "SMS", "No preference"). */
export function consentValueLabel(field: string, value: string | null): string {
  if (field === "marketingConsent") return marketingConsentLabels[value as MarketingConsent] ?? value ?? "Not asked";
  if (field === "preferredContactMethod") {
    return value ? (contactMethodLabels[value as ContactMethod] ?? value) : "No preference";
  }
  return value === "true" ? "Yes" : "No";
}

const flag = (label: string) => z.boolean({ error: `${label} must be true or false` }).optional();

const preferredContactMethod = z
  .union([z.enum(contactMethods), z.literal("")], { error: "Choose email, phone, mobile or SMS" })
  .nullish()
  .transform((value) => value || null);

/** The consent fields both schemas take (absent: the stored value on an edit, the default on a create). */
export const consentShape = {
  marketingConsent: z.enum(marketingConsents, { error: "Choose granted, withdrawn or not asked" }).optional(),
  newsletter: flag("Newsletter"),
  preferredContactMethod,
  emailVerified: flag("Email verified"),
  phoneVerified: flag("Phone verified"),
};

/** Whether anything was asked or set: consent given or withdrawn, a newsletter, a preference or a verified flag. */
export function hasConsentValue(record: Partial<Record<ConsentField, unknown>>): boolean {
  const { marketingConsent, newsletter, preferredContactMethod, emailVerified, phoneVerified } = record;
  return (
    (marketingConsent ?? "not_asked") !== "not_asked" ||
    Boolean(newsletter || preferredContactMethod || emailVerified || phoneVerified)
  );
}

/** What a new customer or contact starts with: not asked, no newsletter, nothing verified. */
export function withConsentDefaults<T extends Partial<Record<ConsentField, unknown>>>(fields: T) {
  return {
    ...fields,
    marketingConsent: (fields.marketingConsent as MarketingConsent | undefined) ?? "not_asked",
    newsletter: (fields.newsletter as boolean | undefined) ?? false,
    emailVerified: (fields.emailVerified as boolean | undefined) ?? false,
    phoneVerified: (fields.phoneVerified as boolean | undefined) ?? false,
  };
}
