// Contact validation shared by the contact dialogs and the server (no server imports). Phones are
// read with the customer's country, so the full schema is built per customer.
import { z } from "zod";
import { optionalText, textSchema, tooLong } from "@/lib/validation";
import { limits } from "@/lib/customers/fields";
import { isCountryCode } from "@/lib/fields/countries";
import { buildPersonName } from "@/lib/fields/normalize";
import { normalizePhone } from "@/lib/fields/phone";
import { contactRoles } from "@/lib/contacts/options";
import { consentShape, withConsentDefaults } from "@/lib/consent/options";

const contactLimits = {
  name: 100,
  jobTitle: 100,
  email: limits.email,
  phone: limits.phone,
  notes: 5_000,
} as const;

function requiredText(label: string, max: number) {
  return textSchema(label).trim().min(1, `${label} is required`).max(max, tooLong(label, max));
}

const email = requiredText("Email", contactLimits.email)
  .transform((value) => value.toLowerCase())
  .refine((value) => z.regexes.email.test(value), "Enter a valid email address");

const roles = z
  .array(z.enum(contactRoles, { error: "Choose billing, shipping, technical or other" }), {
    error: "Roles must be a list",
  })
  .nullish()
  .transform((value) => contactRoles.filter((role) => value?.includes(role)));

const flag = (label: string) => z.boolean({ error: `${label} must be true or false` }).optional();

/** Every contact field with its own rules; phones are checked against the customer's country below. */
export const contactFieldsSchema = z.object({
  firstName: requiredText("First name", contactLimits.name),
  lastName: requiredText("Last name", contactLimits.name),
  email,
  phone: optionalText("Phone", contactLimits.phone),
  mobile: optionalText("Mobile", contactLimits.phone),
  jobTitle: optionalText("Job title", contactLimits.jobTitle),
  roles,
  ...consentShape,
  receivesOrderUpdates: flag("Receives order updates"),
  portalAccess: flag("Portal access"),
  notes: textSchema("Notes")
    .max(contactLimits.notes, tooLong("Notes", contactLimits.notes))
    .nullish()
    .transform((value) => (value?.trim() ? value : null)),
});

export const contactFieldNames = contactFieldsSchema.keyof().options;
type ContactFields = z.output<typeof contactFieldsSchema>;

const phoneFields = ["phone", "mobile"] as const;

/** The full contact schema for a customer in `country` (null: numbers must be international). */
export function contactInputSchemaFor(country: string | null) {
  const region = country && isCountryCode(country) ? country : null;
  return contactFieldsSchema
    .superRefine(
      (fields, ctx) => {
        for (const path of phoneFields) {
          const value = fields[path];
          if (typeof value === "string" && value.length <= contactLimits.phone && !normalizePhone(value, region)) {
            ctx.addIssue({ code: "custom", path: [path], message: "Enter a valid phone number", input: value });
          }
        }
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    )
    .transform((fields: ContactFields) => ({
      ...withConsentDefaults(fields),
      phone: fields.phone && normalizePhone(fields.phone, region),
      mobile: fields.mobile && normalizePhone(fields.mobile, region),
      receivesOrderUpdates: fields.receivesOrderUpdates ?? true,
      portalAccess: fields.portalAccess ?? false,
    }));
}

export type ContactInput = z.input<typeof contactFieldsSchema>;
/** A validated, normalized contact, ready to store. */
export type ContactData = z.output<ReturnType<typeof contactInputSchemaFor>>;

/** REST PATCH: any subset of fields; the merged record is validated as a whole. */
export const contactPatchSchema = contactFieldsSchema.partial();

const version = z.number({ error: "Reload the contact and try again" }).int().positive();

/** The edit dialog: every field, plus the version it was read at. */
export const contactUpdateSchema = contactFieldsSchema.extend({ version });

export function contactName(contact: { firstName: string; lastName: string }): string {
  return buildPersonName(contact.firstName, contact.lastName);
}
