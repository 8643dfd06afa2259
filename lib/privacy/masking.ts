// Limited details (lib/privacy/visibility.ts decides who gets them): one masking function per shape a customer's
// personal data is read in — the customer record or list row, a contact, a work order's billed-customer snapshot,
// a timeline entry's field changes. Which fields are masked comes from lib/privacy/fields.ts.
import { contactMaskedFields, customerMaskedFields } from "@/lib/privacy/fields";

/** What stands in for a masked character run; a value holding it must never be written back. */
const MASK = "•••";

/** "alice@example.com" → "a•••@example.com": the first letter and the domain (enough to tell duplicates apart). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return MASK;
  return `${email.slice(0, 1)}${MASK}${email.slice(at)}`;
}

/**
 * ITU-T E.164 country calling codes of one and two digits (every other code has three). Codes are
 * prefix-free, so the leading digits of a stored "+…" number name its country code without
 * libphonenumber-js, which the customer list's bundles must not carry (tests/unit/customers/list-page-imports).
 */
const SHORT_CALLING_CODES = new Set(
  "1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98".split(
    " ",
  ),
);

function callingCode(phone: string, digits: string): string | null {
  if (!phone.trim().startsWith("+") || digits.length < 8) return null;
  for (const length of [1, 2]) if (SHORT_CALLING_CODES.has(digits.slice(0, length))) return digits.slice(0, length);
  return digits.slice(0, 3);
}

/** "+18655550142" → "+1 ••• ••• 0142": the country code and the last four digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  const code = callingCode(phone, digits);
  const last = digits.length > 4 ? digits.slice(-4) : "";
  return [code ? `+${code}` : null, MASK, MASK, last || null].filter(Boolean).join(" ");
}

/** Whether a value someone sends came from a masked read (so it must not overwrite the real one). */
export function holdsMask(value: unknown): boolean {
  return typeof value === "string" && value.includes(MASK);
}

const emailFields = new Set(["email"]);
const phoneFields = new Set(["phone", "secondaryPhone", "mobile"]);
/** Free text about the customer: hidden, not masked (a first letter of a note says nothing useful). */
const hiddenFields = new Set(["notes", "internalNotes", "body"]);

function maskValue(field: string, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === "string") {
    if (emailFields.has(field)) return maskEmail(value);
    if (phoneFields.has(field)) return maskPhone(value);
    return hiddenFields.has(field) ? null : MASK;
  }
  if (Array.isArray(value)) return [];
  // Dates (date of birth) and anything else that cannot carry a mask.
  return null;
}

function maskFields<T extends object>(record: T, fields: readonly string[]): T {
  const masked = { ...record } as Record<string, unknown>;
  for (const field of fields) {
    if (!(field in masked)) continue;
    const value = masked[field];
    masked[field] =
      field === "primaryContact" && value && typeof value === "object" ? maskContact(value) : maskValue(field, value);
  }
  return masked as T;
}

/** A customer (record, detail, list row, export row, picker source) with limited details. */
export function maskCustomer<T extends object>(customer: T): T {
  return maskFields(customer, customerMaskedFields);
}

/** A contact with limited details: name, job title and roles stay; email and phones masked, notes hidden. */
export function maskContact<T extends object>(contact: T): T {
  return maskFields(contact, contactMaskedFields);
}

interface SnapshotShape {
  email: string | null;
  phone: string | null;
  billingAddress: { line1: string | null; line2: string | null; postalCode: string | null };
}

/** A work order's billed-customer snapshot: the name, account number and city stay (the shop's work goes on). */
export function maskCustomerSnapshot<T extends SnapshotShape>(snapshot: T): T {
  const { billingAddress: address } = snapshot;
  return {
    ...snapshot,
    email: snapshot.email && maskEmail(snapshot.email),
    phone: snapshot.phone && maskPhone(snapshot.phone),
    billingAddress: {
      ...address,
      line1: address.line1 && MASK,
      line2: address.line2 && MASK,
      postalCode: address.postalCode && MASK,
    },
  };
}

const maskedChangeFields = new Set([...customerMaskedFields, ...contactMaskedFields]);

/** A timeline entry's field changes: the values of masked fields (a customer's or a contact's) masked. */
export function maskChanges<T extends Record<string, { from: unknown; to: unknown }>>(changes: T): T {
  const masked: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, change] of Object.entries(changes)) {
    masked[field] = maskedChangeFields.has(field)
      ? { from: maskValue(field, change.from), to: maskValue(field, change.to) }
      : change;
  }
  return masked as T;
}
