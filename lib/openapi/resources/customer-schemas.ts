// The customer's documented request and response bodies, built from the field schemas the server
// parses with (customerFieldsSchema), with the few fields whose wire form zod cannot express made exact.
import { z } from "zod";
import { customerFieldsSchema } from "@/lib/customers/fields";
import { assetKinds } from "@/lib/assets/options";
import { customerKinds, customerStatuses, phoneTypes } from "@/lib/customers/options";
import { customerTypes, termsLimits } from "@/lib/customers/terms";
import { nullableTimestamp, recordFields, timestamp, uuid } from "@/lib/openapi/common";

const decimalMoney = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,2})?$/)
  .describe('Money as a decimal string in the customer\'s currency, e.g. "25000.00"; JSON numbers are refused');

const customerSince = z.iso
  .date()
  .describe("When the relationship began: a calendar date (YYYY-MM-DD, no time zone) from 1900-01-01 to today");

const dateOfBirth = z.iso
  .date()
  .describe(
    "A person customer's date of birth (YYYY-MM-DD) from 1900-01-01 to today; stored encrypted, cleared for companies",
  );

/** The terms fields as clients send them: exact types where the server schema accepts looser input. */
const documentedInput = {
  tierId: uuid.nullish().describe("A tier of your organization (GET /tiers); null for none"),
  creditLimit: decimalMoney.nullish(),
  customerSince: customerSince.nullish(),
  dateOfBirth: dateOfBirth.nullish(),
  paymentTermsDays: z
    .number()
    .int()
    .min(0)
    .max(termsLimits.maxPaymentDays)
    .nullish()
    .describe("Days to pay: 0 = COD (due on receipt), 15/30/45/60/90 = Net 15…Net 90, or any other day count"),
  shippingSameAsBilling: z
    .boolean()
    .optional()
    .describe("Default true: ship to the billing address (shipping fields are cleared)"),
  internalNotes: customerFieldsSchema.shape.internalNotes.describe(
    "Staff-only notes, stored encrypted; answered only with `?include=internalNotes`",
  ),
};

export const customerInputDoc = customerFieldsSchema.extend(documentedInput);
export const customerPatchDoc = customerInputDoc.partial().extend({
  version: z.number().int().positive().optional().describe("The version you read (or send If-Match)"),
});

const nullableString = z.string().nullable();

/** Set on a customer the caller sees with limited details (lib/privacy/visibility.ts). */
const maskedFlag = z
  .boolean()
  .describe(
    "True when you see this customer with limited details (visibility mode `own_and_shared`: not yours and not shared with you): the fields marked `x-maskable` are masked (`a•••@example.com`, `+1 ••• ••• 0142`, `•••`) or null",
  );

/** What every answer carrying one customer holds (internal notes only when asked for). */
export const customerResourceDoc = customerInputDoc
  .extend({
    kind: z.enum(customerKinds),
    name: z.string(),
    status: z.enum(customerStatuses),
    phoneType: z.enum(phoneTypes).nullable(),
    secondaryPhoneType: z.enum(phoneTypes).nullable(),
    tags: z.array(z.string()),
    tierId: uuid.nullable(),
    customerType: z.enum(customerTypes),
    creditLimit: decimalMoney.nullable(),
    customerSince: customerSince.nullable(),
    dateOfBirth: dateOfBirth.nullable(),
    paymentTermsDays: documentedInput.paymentTermsDays.unwrap().unwrap().nullable(),
    shippingSameAsBilling: z.boolean(),
    ownerId: nullableString.describe("The staff user who owns the customer; change it with POST /customers/{id}/owner"),
    lastActivityAt: nullableTimestamp.describe("When its timeline last got an entry"),
    archivedAt: nullableTimestamp,
    erasedAt: nullableTimestamp.describe(
      'When its personal data was erased (POST /customers/{id}/erase): its name is then "Erased customer #…"',
    ),
    createdById: nullableString,
    updatedById: nullableString,
    archivedById: nullableString,
    masked: maskedFlag,
    ...recordFields,
  })
  .required()
  .partial({ internalNotes: true })
  .describe("A customer as stored: names built, phones in E.164, codes upper-cased, money as decimal strings.");

const ref = (fields: z.ZodRawShape) => z.object({ id: z.string(), ...fields }).nullable();

/** A row of the list: the columns of the customers table. */
export const customerSummaryDoc = z
  .object({
    id: uuid,
    kind: z.enum(customerKinds),
    name: z.string(),
    displayName: nullableString,
    accountNumber: nullableString,
    email: nullableString,
    phone: nullableString,
    status: z.enum(customerStatuses),
    city: nullableString,
    country: nullableString,
    tags: z.array(z.string()),
    tier: ref({ name: z.string(), color: z.string() }).describe("Its tier, or null"),
    owner: ref({ name: z.string() }).describe("Its owner, or null"),
    primaryContact: ref({ firstName: z.string(), lastName: z.string(), email: z.string() }).describe(
      "Its primary contact, or null (also null when `cols` leaves out `primaryContact`)",
    ),
    lastActivityAt: nullableTimestamp.describe("When its timeline last got an entry"),
    createdAt: timestamp,
    updatedAt: timestamp,
    archivedAt: nullableTimestamp,
    matchedAsset: z
      .object({ id: uuid, kind: z.enum(assetKinds), label: z.string() })
      .nullable()
      .describe("The current aircraft or vehicle the search `q` matched (e.g. its registration), else null"),
    masked: maskedFlag,
  })
  .describe("A customer in a list; GET /customers/{id} has every field.");
