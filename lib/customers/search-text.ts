// The searchable text stored on each customer (trigram-indexed) and the matching query normalization.
import { getPhoneDigits } from "@/lib/customers/normalize";

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

export function customerSearchText(fields: SearchableCustomerFields): string {
  const phones = [fields.phone, fields.secondaryPhone].flatMap((phone) => (phone ? getPhoneDigits(phone) : []));
  const parts = [
    fields.name,
    fields.displayName,
    fields.firstName,
    fields.lastName,
    fields.accountNumber,
    fields.email,
    ...phones,
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
