// The one classification of the customer and contact columns: what is personal data, what is sensitive,
// what is plain business data. Masking, erasure, logging and the REST API's `?exclude=pii` read it; a
// column the database gains fails tests/integration/privacy/fields.test.ts until it is classified here.

/**
 * `personal`: identifies or lets you contact a person (names, emails, phones, street addresses, postal
 * codes, free-text notes, and the derived search and duplicate keys built from them). `sensitive`:
 * personal data that is also stored encrypted (lib/privacy/encrypted-fields.ts: tax id, date of birth,
 * internal notes). `business`: ids,
 * codes, statuses, settings, money, consent flags and timestamps — nothing that names or reaches anyone.
 */
type FieldClass = "personal" | "sensitive" | "business";

interface ColumnClass {
  class: FieldClass;
  /** Still shown when a user sees only limited details of a customer (name, account number, city, status). */
  shownWhenLimited?: boolean;
}

const business: ColumnClass = { class: "business" };
const personal: ColumnClass = { class: "personal" };
const sensitive: ColumnClass = { class: "sensitive" };
const personalShown: ColumnClass = { class: "personal", shownWhenLimited: true };
const businessShown: ColumnClass = { class: "business", shownWhenLimited: true };

const isPersonal = ({ class: kind }: ColumnClass) => kind !== "business";

/** Recorded by staff (ids of staff users, not of the customer), kept on erasure. */
const recordColumns = {
  id: business,
  organization_id: business,
  version: business,
  created_at: business,
  updated_at: business,
  created_by_id: business,
  updated_by_id: business,
} satisfies Record<string, ColumnClass>;

/** Every column of `customer`, by its database name. */
const customerColumns = {
  ...recordColumns,
  kind: business,
  // A company's name can be a sole trader's own name, and a person customer's name is theirs: always
  // personal, but still shown with limited details so staff can avoid duplicates and route work.
  name: personalShown,
  // The name's parts and its display form are the name: shown with it.
  display_name: personalShown,
  first_name: personalShown,
  last_name: personalShown,
  account_number: businessShown,
  status: businessShown,
  email: personal,
  phone: personal,
  phone_type: business,
  secondary_phone: personal,
  secondary_phone_type: business,
  // A person's or sole trader's own site identifies them; a company's is harmless but not told apart.
  website: personal,
  tax_id: sensitive,
  // A person customer's; with the name it singles them out (and reveals their age).
  date_of_birth: sensitive,
  address_line1: personal,
  address_line2: personal,
  // The city alone does not locate anyone and is shown with limited details; region and country are
  // coarser still (business), while street lines and the postal code pinpoint an address.
  city: personalShown,
  region: business,
  postal_code: personal,
  country: business,
  currency: business,
  language: business,
  tags: business,
  // Free text about the customer: it can hold anything about a person.
  notes: personal,
  source: business,
  customer_since: business,
  tier_id: business,
  owner_id: business,
  customer_type: business,
  credit_limit: business,
  payment_terms_days: business,
  shipping_same_as_billing: business,
  shipping_line1: personal,
  shipping_line2: personal,
  shipping_city: personal,
  shipping_region: business,
  shipping_postal_code: personal,
  shipping_country: business,
  preferred_shipping_method: business,
  internal_notes: sensitive,
  // Derived from personal fields (folded names and their trigrams, emails, phones, website host, postal
  // code): erased and masked with them (derivedColumns).
  search_text: personal,
  name_key: personal,
  name_trigrams: personal,
  email_keys: personal,
  phone_keys: personal,
  website_domain: personal,
  postal_key: personal,
  archived_at: business,
  archived_by_id: business,
  last_activity_at: business,
  merged_into_id: business,
  merged_at: business,
  merged_by_id: business,
  erased_at: business,
  // Consent and preferences: kept as proof of consent (even on erasure) and identify no one.
  marketing_consent: business,
  newsletter: business,
  preferred_contact_method: business,
  email_verified: business,
  phone_verified: business,
} satisfies Record<string, ColumnClass>;

/** Every column of `contact`, by its database name. Contacts are people: all their details are personal. */
const contactColumns = {
  ...recordColumns,
  customer_id: business,
  // With limited details a contact's name and role still route work; how to reach them is masked.
  first_name: personalShown,
  last_name: personalShown,
  email: personal,
  phone: personal,
  mobile: personal,
  // With the customer's name, a job title singles out one person.
  job_title: personalShown,
  is_primary: business,
  roles: business,
  // Preferences and consent are kept as proof of consent (even on erasure) and identify no one.
  preferred_contact_method: business,
  receives_order_updates: business,
  marketing_consent: business,
  newsletter: business,
  email_verified: business,
  phone_verified: business,
  marketing_consent_at: business,
  marketing_consent_by_id: business,
  portal_access: business,
  notes: personal,
  deleted_at: business,
  deleted_by_id: business,
  erased_at: business,
} satisfies Record<string, ColumnClass>;

export const classifiedTables = { customer: customerColumns, contact: contactColumns } as const;

/** The database columns of `table` classified personal or sensitive: exactly what erasure replaces. */
export function personalColumns(table: keyof typeof classifiedTables): string[] {
  return Object.entries(classifiedTables[table] as Record<string, ColumnClass>)
    .filter(([, column]) => isPersonal(column))
    .map(([column]) => column);
}

/** A column's field name in the REST resources (camelCase; the contact's `is_primary` is `primary`). */
export const restName = (column: string) =>
  column === "is_primary" ? "primary" : column.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

function personalRestFields(columns: Record<string, ColumnClass>): string[] {
  return Object.entries(columns)
    .filter(([, column]) => isPersonal(column))
    .map(([column]) => restName(column));
}

/**
 * The personal (and sensitive) fields of the Customer resource and of a list row (CustomerSummary): its
 * columns' REST names, plus `primaryContact`, a list row's contact name and email.
 */
export const customerPersonalFields: readonly string[] = [...personalRestFields(customerColumns), "primaryContact"];

/** The personal fields of the Contact resource. */
export const contactPersonalFields: readonly string[] = personalRestFields(contactColumns);

const shownWhenLimited = (columns: Record<string, ColumnClass>) =>
  Object.entries(columns)
    .filter(([, column]) => column.shownWhenLimited)
    .map(([column]) => restName(column));

/** Customer fields still shown with limited details (the rest of the personal ones are masked). */
export const customerFieldsShownWhenLimited: readonly string[] = shownWhenLimited(customerColumns);

/** The customer fields masked with limited details (lib/privacy/visibility.ts); the OpenAPI document marks them. */
export const customerMaskedFields: readonly string[] = customerPersonalFields.filter(
  (field) => !customerFieldsShownWhenLimited.includes(field),
);

/** The contact fields masked with limited details. */
export const contactMaskedFields: readonly string[] = contactPersonalFields.filter(
  (field) => !shownWhenLimited(contactColumns).includes(field),
);

/**
 * Customer columns derived from personal fields for search and duplicate matching: internal, never
 * published in events nor listed as erased values (`postal_key` and `name_trigrams` are generated by the
 * database).
 */
export const derivedColumns: ReadonlySet<string> = new Set([
  "search_text",
  "name_key",
  "name_trigrams",
  "email_keys",
  "phone_keys",
  "website_domain",
  "postal_key",
]);
