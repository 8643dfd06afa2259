// The columns an export can hold, keyed by the list's column ids (lib/customers/columns.ts) plus every
// other stored field; `internalNotes` only when asked for and allowed. No server imports.
import type { Customer } from "@/lib/generated/prisma/client";
import { toDateText } from "@/lib/format";
import { customerKindLabels, customerStatusLabels, phoneTypeLabels } from "@/lib/customers/options";
import { customerTypeLabels } from "@/lib/customers/terms";
import { contactMethodLabels, contactRoleLabels, type ContactRole } from "@/lib/contacts/options";
import { marketingConsentLabels, type MarketingConsent } from "@/lib/consent/options";

export type CellValue = string | number | boolean | Date | null;

export interface ExportContact {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  mobile: string | null;
  jobTitle: string | null;
  isPrimary: boolean;
  roles: string[];
  marketingConsent: string;
  newsletter: boolean;
}

/** A customer as the export reads it: its row (last activity included), tier and owner names, live contacts. */
export type ExportRow = Customer & {
  tierName: string | null;
  ownerName: string | null;
  contacts: ExportContact[];
};

export interface ExportColumn {
  id: string;
  header: string;
  value: (row: ExportRow) => CellValue;
}

const field = <K extends keyof Customer>(id: K, header: string): ExportColumn => ({
  id,
  header,
  value: (row) => {
    const value = row[id] as unknown;
    if (value === null || value === undefined) return null;
    if (Array.isArray(value)) return value.join("; ");
    if (typeof value === "object" && "toFixed" in value && !(value instanceof Date)) return Number(value);
    return value as CellValue;
  },
});

/** A fixed choice as people read it ("Active", "VIP"); the importer reads these labels back (lib/imports/map/apply.ts). */
const choice = <K extends keyof Customer>(id: K, header: string, labels: Record<string, string>): ExportColumn => ({
  id,
  header,
  value: (row) => {
    const value = row[id];
    return typeof value === "string" ? (labels[value] ?? value) : null;
  },
});

const contactName = (c: ExportContact) => `${c.firstName} ${c.lastName}`.trim();

/** The primary contact as "Name <email>", the way mail clients write it. */
function primaryContact(row: ExportRow): string | null {
  const contact = row.contacts.find((c) => c.isPrimary);
  return contact ? `${contactName(contact)} <${contact.email}>` : null;
}

/** Every exportable column, in the order "all fields" writes them. */
export const exportColumns: readonly ExportColumn[] = [
  field("id", "ID"),
  field("name", "Name"),
  choice("kind", "Kind", customerKindLabels),
  field("displayName", "Display name"),
  field("firstName", "First name"),
  field("lastName", "Last name"),
  field("accountNumber", "Account number"),
  choice("status", "Status", customerStatusLabels),
  field("email", "Email"),
  field("phone", "Phone"),
  choice("phoneType", "Phone type", phoneTypeLabels),
  field("secondaryPhone", "Secondary phone"),
  choice("secondaryPhoneType", "Secondary phone type", phoneTypeLabels),
  field("website", "Website"),
  field("taxId", "Tax ID"),
  field("dateOfBirth", "Date of birth"),
  field("addressLine1", "Address line 1"),
  field("addressLine2", "Address line 2"),
  field("city", "City"),
  field("region", "Region"),
  field("postalCode", "Postal code"),
  field("country", "Country"),
  field("currency", "Currency"),
  field("language", "Language"),
  { id: "tier", header: "Tier", value: (row) => row.tierName },
  { id: "owner", header: "Owner", value: (row) => row.ownerName },
  { id: "primaryContact", header: "Primary contact", value: primaryContact },
  field("tags", "Tags"),
  field("notes", "Notes"),
  field("source", "Source"),
  // A calendar date as its text: a Date would be written as a UTC timestamp (CSV) or a date-time cell (XLSX).
  { id: "customerSince", header: "Customer since", value: (row) => toDateText(row.customerSince) },
  choice("customerType", "Customer type", customerTypeLabels),
  field("creditLimit", "Credit limit"),
  field("paymentTermsDays", "Payment terms (days)"),
  field("shippingSameAsBilling", "Shipping same as billing"),
  field("shippingLine1", "Shipping line 1"),
  field("shippingLine2", "Shipping line 2"),
  field("shippingCity", "Shipping city"),
  field("shippingRegion", "Shipping region"),
  field("shippingPostalCode", "Shipping postal code"),
  field("shippingCountry", "Shipping country"),
  field("preferredShippingMethod", "Preferred shipping method"),
  choice("marketingConsent", "Marketing consent", marketingConsentLabels),
  field("newsletter", "Newsletter"),
  choice("preferredContactMethod", "Preferred contact method", contactMethodLabels),
  field("emailVerified", "Email verified"),
  field("phoneVerified", "Phone verified"),
  { id: "lastActivity", header: "Last activity", value: (row) => row.lastActivityAt },
  field("createdAt", "Created"),
  field("updatedAt", "Updated"),
  field("archivedAt", "Archived"),
];

/** Staff-only; never part of "all fields". */
export const internalNotesColumn: ExportColumn = field("internalNotes", "Internal notes");

export const exportColumnIds = [...exportColumns.map((c) => c.id), internalNotesColumn.id];

const byId = new Map([...exportColumns, internalNotesColumn].map((c) => [c.id, c]));

export function findExportColumn(id: string): ExportColumn | undefined {
  return byId.get(id);
}

/** One block of these per contact (CSV), or one row per contact on the Contacts sheet (XLSX). */
export const contactColumns: readonly { header: string; value: (c: ExportContact) => CellValue }[] = [
  { header: "first name", value: (c) => c.firstName },
  { header: "last name", value: (c) => c.lastName },
  { header: "email", value: (c) => c.email },
  { header: "phone", value: (c) => c.phone },
  { header: "mobile", value: (c) => c.mobile },
  { header: "job title", value: (c) => c.jobTitle },
  { header: "primary", value: (c) => c.isPrimary },
  { header: "roles", value: (c) => c.roles.map((role) => contactRoleLabels[role as ContactRole] ?? role).join("; ") },
  {
    header: "marketing consent",
    value: (c) => marketingConsentLabels[c.marketingConsent as MarketingConsent] ?? c.marketingConsent,
  },
  { header: "newsletter", value: (c) => c.newsletter },
];
