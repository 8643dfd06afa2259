// Turns one file row into raw input for customerInputSchema and the contact schema, following a column mapping.
import { customerTypeLabels, customerTypes } from "@/lib/customers/terms";
import { customerStatusLabels } from "@/lib/customers/options";
import { marketingConsentLabels } from "@/lib/consent/options";
import { contactMethodLabels } from "@/lib/contacts/options";
import { buildPersonName } from "@/lib/fields/normalize";
import type { ColumnMapping } from "@/lib/imports/map/propose";
import { isNotesHeader } from "@/lib/imports/map/synonyms";
import type { ColumnFormats } from "@/lib/imports/map/readings";
import { getImportTarget } from "@/lib/imports/map/targets";
import {
  firstOfMany,
  readBoolean,
  readCountry,
  readCurrency,
  readDateCell,
  readKind,
  readLanguage,
  readMoney,
  readPaymentTerms,
  readChoice,
  readConsent,
  readPhoneType,
  readRegion,
  splitTags,
} from "@/lib/imports/map/values";

export interface MappedRow {
  /** Raw customer input (customerInputSchema), without `tierId`: see `tierName`. */
  customer: Record<string, unknown>;
  /** Raw contact input (contact schema) plus `primary`, or null when the row has no contact values. */
  contact: Record<string, unknown> | null;
  /** The tier named in the file; the importer resolves it to a tier id (case-insensitive). */
  tierName: string | null;
}

const readers: Partial<Record<string, (value: string) => unknown>> = {
  kind: readKind,
  status: readChoice(customerStatusLabels),
  customerType: readChoice(customerTypeLabels),
  phoneType: readPhoneType,
  secondaryPhoneType: readPhoneType,
  country: readCountry,
  shippingCountry: readCountry,
  region: readRegion,
  shippingRegion: readRegion,
  currency: readCurrency,
  language: readLanguage,
  email: firstOfMany,
  phone: firstOfMany,
  secondaryPhone: firstOfMany,
  "contact.email": firstOfMany,
  "contact.phone": firstOfMany,
  "contact.mobile": firstOfMany,
  "contact.primary": readBoolean,
  ...Object.fromEntries(
    ["", "contact."].flatMap((prefix) => [
      [`${prefix}marketingConsent`, readConsent(marketingConsentLabels)],
      [`${prefix}newsletter`, readBoolean],
      [`${prefix}preferredContactMethod`, readChoice({ ...contactMethodLabels, sms: "Text message" })],
      [`${prefix}emailVerified`, readBoolean],
      [`${prefix}phoneVerified`, readBoolean],
    ]),
  ),
};

/**
 * Accounting programs let people name their own customer types (QuickBooks: "Commercial", "Referral"):
 * one that is not ours (standard, VIP, partner) is kept as a tag instead of failing the row.
 */
function isCategory(target: string, value: string): boolean {
  return target === "customerType" && !(customerTypes as readonly string[]).includes(value.toLowerCase());
}

/** Google and Outlook write several addresses or numbers in one cell: the first is used, all are kept in the notes. */
const manyValued = new Set(["email", "phone", "secondaryPhone", "contact.email", "contact.phone", "contact.mobile"]);

/** Number and date targets: read in their column's convention (without readings, 1,234.56 and unambiguous dates). */
function readValue(target: string, column: number, value: string, formats?: ColumnFormats): unknown {
  const kind = getImportTarget(target)?.value;
  if (kind === "date") return readDateCell(value, formats?.dates.get(column), formats?.excelSerials);
  if (kind === "number") {
    const format = formats?.numbers.get(column);
    return target === "paymentTermsDays" ? readPaymentTerms(value, format) : readMoney(value, format);
  }
  const read = readers[target];
  return read ? read(value) : value;
}

export function applyMapping(
  cells: readonly string[],
  mapping: readonly ColumnMapping[],
  formats?: ColumnFormats,
): MappedRow {
  const values: Record<string, unknown> = {};
  const notes: string[] = [];
  const tags: string[] = [];
  for (const { column, header, target } of mapping) {
    const value = cells[column]?.trim();
    if (!value || target === "ignore") continue;
    if (target === "tags" || isCategory(target, value)) tags.push(...splitTags(value));
    else if (target === "notes") notes.push(isNotesHeader(header) ? value : `${header}: ${value}`);
    else {
      const stored = readValue(target, column, value, formats);
      if (stored !== undefined && stored !== "") values[target] = stored;
      if (manyValued.has(target) && value.includes(":::")) notes.push(`${header}: ${value}`);
    }
  }
  const customer: Record<string, unknown> = {};
  const contact: Record<string, unknown> = {};
  let tierName: string | null = null;
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith("contact.")) contact[key.slice("contact.".length)] = value;
    else if (key === "tier") tierName = String(value);
    else if (key !== "company") customer[key] = value;
  }
  completeIdentity(customer, values, notes);
  completeContact(customer, contact, notes, mapping);
  if (tags.length > 0) customer.tags = tags;
  if (notes.length > 0) customer.notes = notes.join("\n");
  if (Object.keys(customer).some((key) => key.startsWith("shipping"))) customer.shippingSameAsBilling = false;
  return { customer, contact: Object.keys(contact).length > 0 ? contact : null, tierName };
}

/** Kind: as given, else company when a company column has a value, else person when a person name does. */
function completeIdentity(customer: Record<string, unknown>, values: Record<string, unknown>, notes: string[]) {
  const company = values.company as string | undefined;
  const personName = buildPersonName(values.firstName as string | undefined, values.lastName as string | undefined);
  if (!customer.kind) {
    if (company) customer.kind = "company";
    else if (personName) customer.kind = "person";
  }
  if (customer.kind === "company" && company) {
    // The company names the customer; a separate person's name in the "Name" column is kept in the notes.
    if (typeof customer.name === "string" && customer.name !== company) notes.unshift(`Name: ${customer.name}`);
    customer.name = company;
  } else if (customer.kind === "person" && !customer.name && personName) {
    customer.name = personName;
  } else if (!customer.name && company) {
    customer.name = company;
  }
}

/**
 * A person at a company (Google's "Organization Name", Outlook's "Company", Odoo's "Related Company",
 * Lexware's "Firma" next to first and last names) is the company's contact, with their email, phone and
 * title. A contact needs a first name, a last name and an email; a person without all three is kept in
 * the notes ("Contact: Chloé Dubois, Responsable achats") rather than failing the company's row. A title
 * on a person customer's row has no contact to go to either: it is kept in the notes.
 */
function completeContact(
  customer: Record<string, unknown>,
  contact: Record<string, unknown>,
  notes: string[],
  mapping: readonly ColumnMapping[],
) {
  const { firstName, lastName } = customer;
  const explicitName = contact.firstName !== undefined || contact.lastName !== undefined;
  if (customer.kind === "company" && (firstName || lastName) && !explicitName) {
    delete customer.firstName;
    delete customer.lastName;
    const person = {
      firstName,
      lastName,
      email: contact.email ?? customer.email,
      phone: contact.phone ?? customer.phone,
    };
    if (person.firstName && person.lastName && person.email) {
      Object.assign(contact, Object.fromEntries(Object.entries(person).filter(([, value]) => value !== undefined)));
      return;
    }
    const name = buildPersonName(firstName as string | undefined, lastName as string | undefined);
    notes.unshift(`Contact: ${[name, contact.jobTitle].filter(Boolean).join(", ")}`);
    for (const key of Object.keys(contact)) delete contact[key];
    return;
  }
  const onlyTitle = Object.keys(contact).length === 1 && contact.jobTitle !== undefined;
  if (onlyTitle && !explicitName) {
    const header = mapping.find((entry) => entry.target === "contact.jobTitle")?.header ?? "Job title";
    notes.push(`${header}: ${String(contact.jobTitle)}`);
    delete contact.jobTitle;
  }
}
