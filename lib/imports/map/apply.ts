// Turns one file row into raw input for customerInputSchema and the contact schema, following a column mapping.
import { buildPersonName } from "@/lib/fields/normalize";
import type { ColumnMapping } from "@/lib/imports/map/propose";
import { normalizeHeader } from "@/lib/imports/map/synonyms";
import {
  firstOfMany,
  readBoolean,
  readCountry,
  readKind,
  readMoney,
  readPaymentTerms,
  readPhoneType,
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

const notesHeaders = new Set(["notes", "note", "comments", "comment", "remarks", "memo", "description"]);

const readers: Partial<Record<string, (value: string) => unknown>> = {
  kind: readKind,
  status: (value) => value.toLowerCase(),
  customerType: (value) => value.toLowerCase(),
  phoneType: readPhoneType,
  secondaryPhoneType: readPhoneType,
  country: readCountry,
  shippingCountry: readCountry,
  currency: (value) => value.toUpperCase(),
  creditLimit: readMoney,
  paymentTermsDays: readPaymentTerms,
  email: firstOfMany,
  "contact.email": firstOfMany,
  "contact.primary": readBoolean,
};

export function applyMapping(cells: readonly string[], mapping: readonly ColumnMapping[]): MappedRow {
  const values: Record<string, unknown> = {};
  const notes: string[] = [];
  const tags: string[] = [];
  for (const { column, header, target } of mapping) {
    const value = cells[column]?.trim();
    if (!value || target === "ignore") continue;
    if (target === "tags") tags.push(...splitTags(value));
    else if (target === "notes") notes.push(notesHeaders.has(normalizeHeader(header)) ? value : `${header}: ${value}`);
    else {
      const read = readers[target];
      const stored = read ? read(value) : value;
      if (stored !== undefined && stored !== "") values[target] = stored;
      if (target === "email" && value.includes(":::")) notes.push(`${header}: ${value}`);
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
