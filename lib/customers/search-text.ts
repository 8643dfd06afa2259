// The searchable text stored on each customer (trigram-indexed): names, account number, email, and the
// digits of every phone, the customer's and its live contacts'. It starts with the folded name: the
// list's name-prefix search and relevance order read `left(search_text, 100)` through a btree index.
import { getPhoneDigits } from "@/lib/fields/phone";
import { foldText, foldWithTransliteration } from "@/lib/search-text";

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
  // Names are also stored transliterated ("müller mueller"), so either spelling finds them.
  const names = (...values: (string | null | undefined)[]) =>
    values.map((value) => value && foldWithTransliteration(value));
  const parts = [
    ...names(fields.name, fields.displayName, fields.firstName, fields.lastName),
    fields.accountNumber,
    fields.email,
    ...phoneDigits([fields.phone, fields.secondaryPhone]),
    ...contacts.flatMap((c) => [...names(c.firstName, c.lastName), c.email, ...phoneDigits([c.phone, c.mobile])]),
  ];
  return foldText(parts.filter(Boolean).join(" "));
}
