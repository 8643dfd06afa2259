// The searchable text stored on each customer (trigram-indexed) and the matching query normalization.
import { getPhoneDigits } from "@/lib/fields/phone";

export interface SearchableCustomerFields {
  name?: string | null;
  displayName?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  accountNumber?: string | null;
  email?: string | null;
  phone?: string | null;
  secondaryPhone?: string | null;
}

/** Lower-case, accent-free, single-spaced: "  Zürich   AIR " → "zurich air". */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** A live contact's searchable fields: the customer is found by its contacts too. */
export interface SearchableContactFields {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  mobile: string | null;
}

const phoneDigits = (phones: (string | null | undefined)[]) =>
  phones.flatMap((phone) => (phone ? getPhoneDigits(phone) : []));

export function customerSearchText(
  fields: SearchableCustomerFields,
  contacts: readonly SearchableContactFields[] = [],
): string {
  const parts = [
    fields.name,
    fields.displayName,
    fields.firstName,
    fields.lastName,
    fields.accountNumber,
    fields.email,
    ...phoneDigits([fields.phone, fields.secondaryPhone]),
    ...contacts.flatMap((c) => [c.firstName, c.lastName, c.email, ...phoneDigits([c.phone, c.mobile])]),
  ];
  return foldText(parts.filter(Boolean).join(" "));
}

export interface SearchTerm {
  /** The folded query, matched as a substring of the search text. */
  text: string;
  /** For phone-like queries ("555 0101", "(212) 555-01"), just the digits; otherwise null. */
  digits: string | null;
}

/** Normalizes a search query like the stored text; an empty result means "no search". */
export function normalizeSearchTerm(q: string): SearchTerm {
  const text = foldText(q);
  const compact = text.replace(/\s/g, "");
  const digits = compact.replace(/\D/g, "");
  const phoneLike = digits.length >= 3 && /^[\d+()\-./]+$/.test(compact);
  return { text, digits: phoneLike && digits !== text ? digits : null };
}
