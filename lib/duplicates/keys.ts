// Duplicate-detection keys. Stored on `customer` and kept by triggers (migration
// 20261206100000_customer_dedupe_keys), so every write path — forms, REST, imports, bulk SQL, seeds,
// merges — keeps them current without calling anything:
//   name_key        dedupe_name_key(name): folded, punctuation as spaces, trailing legal forms dropped
//                   (GmbH & Co. KG, s.r.o., Ltd …), ae/oe/ue read as a/o/u ("Müller" = "Mueller"); GIN trigram index
//   email_keys      lower-cased emails of the customer and its live contacts; GIN index
//   phone_keys      E.164 phones (phone, secondary phone, contacts' phone and mobile); GIN index
//   website_domain  dedupe_domain(website): host without scheme, "www." and path; btree (organization_id, website_domain)
// SQL helpers for comparing: dedupe_fold(text) (cities), dedupe_postal(text) (postal codes).
// A draft (typed form, REST body, import row) is keyed here: its name, website, city and postal code
// go to the same SQL functions, its emails and phones are read below.
import { normalizePhone } from "@/lib/fields/phone";

/** What a customer being typed, posted or imported may carry; every field optional. */
export interface DuplicateDraft {
  name?: string | null;
  /** A person's name when `name` is blank. */
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  secondaryPhone?: string | null;
  accountNumber?: string | null;
  website?: string | null;
  postalCode?: string | null;
  city?: string | null;
  /** ISO 3166-1 alpha-2: the region national phone numbers are read in. */
  country?: string | null;
  contacts?: readonly { email?: string | null; phone?: string | null; mobile?: string | null }[];
  /** Assets the customer is (or will be) linked to. */
  assetIds?: readonly string[];
  /** The draft's own stored customer (being edited): never its own duplicate; its current assets count. */
  excludeId?: string | null;
}

const present = (values: (string | null | undefined)[]) =>
  [...new Set(values.map((v) => v?.trim()).filter((v): v is string => !!v))].sort();

/** The draft's emails (its own and its contacts'), lower-cased like `email_keys`. */
export function draftEmailKeys(draft: DuplicateDraft): string[] {
  return present([draft.email, ...(draft.contacts ?? []).map((c) => c.email)].map((e) => e?.toLowerCase()));
}

/** The draft's phones in E.164 like `phone_keys`, national numbers read in the draft's country. */
export function draftPhoneKeys(draft: DuplicateDraft): string[] {
  const country = draft.country?.trim().toUpperCase() || null;
  const raw = [draft.phone, draft.secondaryPhone, ...(draft.contacts ?? []).flatMap((c) => [c.phone, c.mobile])];
  return present(raw.map((phone) => (phone?.trim() ? normalizePhone(phone, country) : null)));
}
