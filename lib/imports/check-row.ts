// One file row → validated customer (and contact) data with the SAME schemas as the forms, or the
// reasons it cannot be imported, each naming the file's column. An update validates the stored
// customer with the row's non-blank values on top, so a file with a few columns changes only those.
import type { z } from "zod";
import { customerFieldNames } from "@/lib/customers/fields";
import { applyOrgDefaults, type OrgDefaults } from "@/lib/customers/rows";
import { customerInputSchema, type CustomerData } from "@/lib/customers/schemas";
import { contactFieldNames, contactInputSchemaFor, type ContactData } from "@/lib/contacts/schemas";
import { applyMapping, type MappedRow } from "@/lib/imports/map/apply";
import { headersForPath } from "@/lib/imports/map/paths";
import type { ColumnMapping } from "@/lib/imports/map/propose";
import type { ImportMatchKey } from "@/lib/imports/schemas";
import { isStorableText } from "@/lib/validation";

export interface RowIssue {
  /** The file's header, or null when the problem is the row as a whole. */
  column: string | null;
  message: string;
}

export interface RowRules {
  mapping: readonly ColumnMapping[];
  matchOn: ImportMatchKey;
  defaults: OrgDefaults;
  /** Tier ids by lower-cased name. */
  tiers: ReadonlyMap<string, string>;
}

/** A stored contact as the checker needs it (live contacts of the matched customer). */
export type StoredContact = Record<string, unknown> & { id: string; email: string; isPrimary: boolean };

export type CheckedContact = ContactData & { primary: boolean | undefined };

export type CheckedRow =
  | { ok: true; customer: CustomerData; contact: CheckedContact | null; existingContact: StoredContact | null }
  | { ok: false; issues: RowIssue[] };

/** The normalized value a row matches on (lower-cased, as citext compares), or null. */
export function matchKeyOf(mapped: MappedRow, matchOn: ImportMatchKey): string | null {
  const value = mapped.customer[matchOn];
  return typeof value === "string" && value.trim() ? value.trim().toLowerCase() : null;
}

// One contact schema per country: building (and compiling) a zod schema per row would dominate the run.
const contactSchemas = new Map<string | null, ReturnType<typeof contactInputSchemaFor>>();
function contactSchemaFor(country: string | null) {
  let schema = contactSchemas.get(country);
  if (!schema) contactSchemas.set(country, (schema = contactInputSchemaFor(country)));
  return schema;
}

const column = (mapping: readonly ColumnMapping[], path: string) => headersForPath(mapping, path).join(", ") || null;

function issuesOf(error: z.ZodError, mapping: readonly ColumnMapping[], prefix = ""): RowIssue[] {
  return error.issues.map((issue) => ({
    column: column(mapping, `${prefix}${issue.path.length > 0 ? String(issue.path[0]) : ""}`),
    message: issue.message,
  }));
}

function customerInput(
  mapped: MappedRow,
  rules: RowRules,
  existing: Record<string, unknown> | null,
  issues: RowIssue[],
) {
  const input: Record<string, unknown> = existing
    ? { ...Object.fromEntries(customerFieldNames.map((field) => [field, existing[field]])), ...mapped.customer }
    : applyOrgDefaults(mapped.customer, rules.defaults);
  if (mapped.tierName) {
    const tierId = rules.tiers.get(mapped.tierName.trim().toLowerCase());
    if (tierId) input.tierId = tierId;
    else
      issues.push({ column: column(rules.mapping, "tier"), message: `No customer tier is named "${mapped.tierName}"` });
  }
  return input;
}

function checkContact(
  mapped: MappedRow,
  rules: RowRules,
  country: string | null,
  stored: readonly StoredContact[],
  issues: RowIssue[],
) {
  if (!mapped.contact) return { contact: null, existingContact: null };
  const { primary, ...fields } = mapped.contact;
  if (primary !== undefined && typeof primary !== "boolean") {
    issues.push({ column: column(rules.mapping, "contact.primary"), message: "Use yes or no" });
  }
  const email = typeof fields.email === "string" ? fields.email.trim().toLowerCase() : null;
  const existingContact = stored.find((contact) => contact.email.toLowerCase() === email) ?? null;
  const input = existingContact
    ? { ...Object.fromEntries(contactFieldNames.map((field) => [field, existingContact[field]])), ...fields }
    : fields;
  const result = contactSchemaFor(country).safeParse(input);
  if (!result.success) {
    issues.push(...issuesOf(result.error, rules.mapping, "contact."));
    return { contact: null, existingContact };
  }
  return { contact: { ...result.data, primary: typeof primary === "boolean" ? primary : undefined }, existingContact };
}

const UNREADABLE =
  "This cell has a character that cannot be imported (a NUL byte or an unreadable character): remove it and upload again";

const isUnreadable = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(isUnreadable)
    : typeof value === "string" && (!isStorableText(value) || value.includes("\ufffd"));

/**
 * Mapped cells with text that cannot be stored: NUL bytes and lone surrogates, or U+FFFD, which
 * staging writes in their place and decoding writes for bytes it could not read.
 */
function unreadableCells(mapped: MappedRow, mapping: readonly ColumnMapping[]): RowIssue[] {
  const values: [string, unknown][] = [
    ...Object.entries(mapped.customer),
    ...Object.entries(mapped.contact ?? {}).map(([field, value]): [string, unknown] => [`contact.${field}`, value]),
    ["tier", mapped.tierName],
  ];
  return values
    .filter(([, value]) => isUnreadable(value))
    .map(([path]) => ({ column: column(mapping, path), message: UNREADABLE }));
}

/** Validates a row for creating (no `existing`) or for updating `existing` and its live contacts. */
export function checkRow(
  mapped: MappedRow,
  rules: RowRules,
  existing: { customer: Record<string, unknown>; contacts: readonly StoredContact[] } | null,
): CheckedRow {
  const unreadable = unreadableCells(mapped, rules.mapping);
  if (unreadable.length > 0) return { ok: false, issues: unreadable };
  const issues: RowIssue[] = [];
  const input = customerInput(mapped, rules, existing?.customer ?? null, issues);
  const result = customerInputSchema.safeParse(input);
  if (!result.success) issues.push(...issuesOf(result.error, rules.mapping));
  const country = result.success ? result.data.country : null;
  const { contact, existingContact } = checkContact(mapped, rules, country, existing?.contacts ?? [], issues);
  if (!result.success || issues.length > 0) return { ok: false, issues };
  return { ok: true, customer: result.data, contact, existingContact };
}

export { applyMapping };
