// Merge input shared by the merge page and the REST API (no server imports): which customers go into
// the survivor, and per group of fields whose value survives. Fields that belong together (a name and
// its kind, an address) are chosen as one group, so a merge never mixes one customer's street with
// another's city.
import { z } from "zod";

/** Each choosable group and the customer columns it carries; tags are not chosen but unioned. */
export const mergeFieldGroups = {
  // A person's date of birth goes with their name: one customer's identity, never mixed.
  name: ["kind", "name", "firstName", "lastName", "dateOfBirth"],
  displayName: ["displayName"],
  accountNumber: ["accountNumber"],
  status: ["status"],
  email: ["email"],
  phone: ["phone", "phoneType"],
  secondaryPhone: ["secondaryPhone", "secondaryPhoneType"],
  website: ["website"],
  taxId: ["taxId"],
  address: ["addressLine1", "addressLine2", "city", "region", "postalCode", "country"],
  currency: ["currency"],
  language: ["language"],
  notes: ["notes"],
  source: ["source"],
  customerSince: ["customerSince"],
  owner: ["ownerId"],
  tier: ["tierId"],
  customerType: ["customerType"],
  creditLimit: ["creditLimit"],
  paymentTermsDays: ["paymentTermsDays"],
  shipping: [
    "shippingSameAsBilling",
    "shippingLine1",
    "shippingLine2",
    "shippingCity",
    "shippingRegion",
    "shippingPostalCode",
    "shippingCountry",
  ],
  preferredShippingMethod: ["preferredShippingMethod"],
  internalNotes: ["internalNotes"],
  consent: ["marketingConsent", "newsletter", "preferredContactMethod", "emailVerified", "phoneVerified"],
} as const;

export type MergeFieldGroup = keyof typeof mergeFieldGroups;
export const mergeFieldGroupNames = Object.keys(mergeFieldGroups) as MergeFieldGroup[];

export const mergeFieldGroupLabels: Record<MergeFieldGroup, string> = {
  name: "Name",
  displayName: "Display name",
  accountNumber: "Account number",
  status: "Status",
  email: "Email",
  phone: "Phone",
  secondaryPhone: "Secondary phone",
  website: "Website",
  taxId: "Tax ID",
  address: "Address",
  currency: "Currency",
  language: "Language",
  notes: "Notes",
  source: "Source",
  customerSince: "Customer since",
  owner: "Owner",
  tier: "Tier",
  customerType: "Customer type",
  creditLimit: "Credit limit",
  paymentTermsDays: "Payment terms (days)",
  shipping: "Shipping address",
  preferredShippingMethod: "Preferred shipping method",
  internalNotes: "Internal notes",
  consent: "Consent & preferences",
};

/** At most this many customers are merged into one at once. */
export const MAX_MERGED = 9;

const id = z.uuid({ error: "Each customer id must be a UUID" });

export const mergeInputSchema = z.object({
  from: z
    .array(id, { error: "`from` must be a list of customer ids" })
    .min(1, "Choose at least one customer to merge")
    .max(MAX_MERGED, `Merge at most ${MAX_MERGED} customers at once`)
    .refine(
      (ids) => new Set(ids.map((value) => value.toLowerCase())).size === ids.length,
      "A customer is listed twice",
    ),
  /** Group → the id of the customer (survivor or one of `from`) whose value survives; omitted groups take the default. */
  fields: z.partialRecord(z.enum(mergeFieldGroupNames), id).default({}),
  /** The version of each customer as the user saw it (id → version): a customer changed since is a CONFLICT. */
  versions: z.record(z.string(), z.number().int().positive()).optional(),
});

export type MergeRequest = z.output<typeof mergeInputSchema>;

/** REST body: the merge input plus `dryRun` (answer what would move, change nothing). */
export const mergeRequestSchema = mergeInputSchema.extend({
  dryRun: z.boolean({ error: "dryRun must be true or false" }).default(false),
});
