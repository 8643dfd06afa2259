// Header names that mean each target, from hand-made sheets and common exports (Google Contacts, Outlook,
// QuickBooks, HubSpot, Xero; European ERPs in synonyms-europe.ts). Compared after normalizeHeader, so case,
// spacing, accents, umlaut spellings and punctuation do not matter.
import { europeanSynonyms, labelledNotes } from "@/lib/imports/map/synonyms-europe";
import type { ImportTargetKey } from "@/lib/imports/map/targets";

/**
 * "E-mail 1 - Value" → "e mail 1 valu"; "País" → "pais"; "POCity" → "po city"; "Straße" → "strasse".
 * German umlauts are written three ways (Währung, Waehrung, Wahrung): after accents go, "ae", "oe"
 * and "ue" become "a", "o" and "u" everywhere, so all three meet. English words change too ("value" →
 * "valu") but the same way on both sides of every comparison; the lookup below refuses two targets
 * meeting in one name, so such a fold can never merge two different headers unnoticed.
 */
export function normalizeHeader(header: string): string {
  return (
    header
      // Words run together in camel case ("EmailAddress", "POAddressLine1") are words too.
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      .replace(/([a-zA-Z])(\d)/g, "$1 $2")
      .toLowerCase()
      .replace(/ß/g, "ss")
      .replace(/æ/g, "ae")
      .replace(/œ/g, "oe")
      .replace(/ø/g, "o")
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/&/g, " and ")
      .replace(/#/g, " number ")
      .replace(/[^a-z0-9]+/g, " ")
      .replace(/([aou])e/g, "$1")
      .trim()
  );
}

const synonyms: Record<ImportTargetKey, string[]> = {
  name: [
    "contact name",
    "name",
    "customer",
    "customer name",
    "full name",
    "client",
    "client name",
    "customer full name",
    "display as",
  ],
  company: [
    "company",
    "company name",
    "organization",
    "organisation",
    "organization name",
    "organization 1 name",
    "business name",
    "account name",
    "employer",
    "firm",
    "legal name",
    "entity name",
  ],
  kind: ["kind", "customer kind", "entity type", "company or person", "person or company", "individual or company"],
  displayName: ["display name", "dba", "doing business as", "trading name", "trade name", "short name", "nickname"],
  firstName: ["first name", "firstname", "given name", "first", "forename"],
  lastName: ["last name", "lastname", "family name", "surname", "last"],
  accountNumber: [
    "account number",
    "account no",
    "account num",
    "acct no",
    "acct number",
    "account",
    "customer number",
    "customer no",
    "customer id",
    "customer code",
    "client number",
    "client id",
    "erp number",
    "erp id",
    "erp",
    "record id",
    "external id",
    "number",
    "account number number",
  ],
  status: ["status", "customer status", "account status"],
  email: [
    "email",
    "e mail",
    "email address",
    "e mail address",
    "e mail 1 value",
    "email 1 value",
    "main email",
    "primary email",
    "work email",
    "business email",
    "emails",
    "mail",
  ],
  phone: [
    "phone",
    "phone number",
    "telephone",
    "tel",
    "main phone",
    "business phone",
    "phone 1 value",
    "primary phone",
    "work phone",
    "office phone",
    "company phone",
    "phone no",
    "telephone number",
  ],
  phoneType: ["phone type", "phone 1 type", "phone 1 label"],
  secondaryPhone: [
    "secondary phone",
    "alt phone",
    "alternate phone",
    "other phone",
    "phone 2",
    "phone 2 value",
    "business phone 2",
    "mobile",
    "mobile phone",
    "mobile phone number",
    "cell",
    "cell phone",
    "mobile number",
  ],
  secondaryPhoneType: ["secondary phone type", "phone 2 type", "phone 2 label"],
  website: [
    "website",
    "web site",
    "web page",
    "webpage",
    "url",
    "homepage",
    "home page",
    "website 1 value",
    "website url",
    "company domain name",
    "domain",
    "web",
  ],
  taxId: [
    "tax id",
    "tax number",
    "tax no",
    "vat",
    "vat number",
    "vat id",
    "vat no",
    "ein",
    "tin",
    "tax registration number",
    "resale number",
    "resale no",
  ],
  language: ["language", "preferred language", "locale"],
  tags: ["tags", "tag", "labels", "groups", "group membership", "categories", "category", "segments"],
  notes: ["notes", "note", "comments", "comment", "remarks", "memo", "description"],
  source: ["source", "lead source", "original source", "customer source", "referral source"],
  // Not "Birthday": address books (Google Contacts) export it often without a year ("--04-12").
  dateOfBirth: ["date of birth", "birth date", "birthdate", "dob", "date born"],
  // QuickBooks "Customer Since"/"Created", SAP "CreateDate", Odoo "Created on", hand-made sheets' "Since".
  customerSince: [
    "customer since",
    "client since",
    "member since",
    "since",
    "created",
    "create date",
    "created date",
    "created on",
    "date created",
    "creation date",
    "customer created",
    "account created",
    "opened",
    "opened on",
    "date opened",
    "account opened",
  ],
  addressLine1: [
    "po address line 1",
    "billing street 1",
    "mailing address",
    "address",
    "address line 1",
    "address 1",
    "address1",
    "street",
    "street address",
    "street 1",
    "business street",
    "address 1 street",
    "bill to 1",
    "billing address",
    "billing street",
    "billing address line 1",
    "bill to address",
    "mailing street",
    "street address 1",
  ],
  addressLine2: [
    "po address line 2",
    "billing street 2",
    "address line 2",
    "address 2",
    "address2",
    "street 2",
    "street address 2",
    "business street 2",
    "address 1 extended address",
    "bill to 2",
    "billing address line 2",
    "suite",
    "apartment",
  ],
  city: [
    "po city",
    "city",
    "town",
    "business city",
    "address 1 city",
    "billing city",
    "bill to city",
    "mailing city",
    "locality",
  ],
  region: [
    "po region",
    "billing state province",
    "mailing state province",
    "state province region",
    "state",
    "province",
    "region",
    "state province",
    "state region",
    "county",
    "business state",
    "address 1 region",
    "billing state",
    "billing province",
    "bill to state",
    "mailing state",
    "state code",
  ],
  postalCode: [
    "po postal code",
    "billing zip postal code",
    "mailing zip postal code",
    "postal code",
    "postcode",
    "post code",
    "zip",
    "zip code",
    "zipcode",
    "business postal code",
    "address 1 postal code",
    "billing zip",
    "billing postal code",
    "billing zip code",
    "bill to zip",
    "mailing zip",
    "postal zip code",
    "zip postal code",
  ],
  country: [
    "po country",
    "country",
    "country region",
    "country code",
    "business country region",
    "business country",
    "address 1 country",
    "billing country",
    "bill to country",
    "mailing country",
    "nation",
  ],
  shippingLine1: [
    "sa address line 1",
    "ship to 1",
    "shipping address",
    "shipping street",
    "shipping address line 1",
    "ship to address",
    "ship to street",
    "delivery address",
  ],
  shippingLine2: ["sa address line 2", "ship to 2", "shipping address line 2", "shipping street 2"],
  shippingCity: ["sa city", "shipping city", "ship to city", "delivery city"],
  shippingRegion: [
    "sa region",
    "shipping state province",
    "shipping state",
    "shipping province",
    "shipping region",
    "ship to state",
  ],
  shippingPostalCode: [
    "sa postal code",
    "shipping zip postal code",
    "shipping zip",
    "shipping postal code",
    "shipping zip code",
    "ship to zip",
    "ship to postal code",
    "delivery postal code",
  ],
  shippingCountry: ["sa country", "shipping country", "ship to country", "delivery country"],
  currency: ["currency", "currency code", "default currency"],
  customerType: ["customer type", "client type"],
  tier: ["tier", "customer tier", "pricing tier", "price tier", "price level", "level"],
  creditLimit: ["credit limit", "credit line", "credit"],
  paymentTermsDays: ["payment terms", "terms", "payment terms days", "net days", "payment days"],
  preferredShippingMethod: ["shipping method", "preferred shipping method", "ship via", "carrier"],
  internalNotes: ["internal notes", "private notes", "internal comments"],
  "contact.firstName": ["contact first name", "primary contact first name", "contact given name"],
  "contact.lastName": ["contact last name", "primary contact last name", "contact family name", "contact surname"],
  "contact.email": ["contact email", "contact e mail", "contact email address", "primary contact email"],
  "contact.phone": ["contact phone", "contact phone number", "contact work phone", "primary contact phone"],
  "contact.mobile": ["contact mobile", "contact mobile phone", "contact cell", "contact cell phone"],
  "contact.jobTitle": [
    "job title",
    "contact job title",
    "contact title",
    "organization 1 title",
    "organization title",
    "position",
    "role",
  ],
  "contact.primary": ["contact primary", "is primary contact", "primary contact flag", "is primary", "primary"],
  marketingConsent: ["marketing consent", "consent to marketing", "marketing opt in", "accepts marketing", "opt in"],
  newsletter: ["newsletter", "newsletter subscription", "subscribed to newsletter", "newsletter opt in"],
  preferredContactMethod: ["preferred contact method", "contact preference", "preferred contact", "contact via"],
  emailVerified: ["email verified", "verified email", "email confirmed"],
  phoneVerified: ["phone verified", "verified phone", "phone confirmed"],
  "contact.marketingConsent": ["contact marketing consent", "contact accepts marketing", "contact opt in"],
  "contact.newsletter": ["contact newsletter", "contact newsletter subscription"],
  "contact.preferredContactMethod": ["contact preferred contact method", "contact contact preference"],
  "contact.emailVerified": ["contact email verified"],
  "contact.phoneVerified": ["contact phone verified"],
};

interface HeaderMatch {
  target: ImportTargetKey;
  /** Position in the target's list: when two columns claim one target, the lower rank wins. */
  rank: number;
}

const lookup = new Map<string, HeaderMatch>();
/** The same names without spaces ("Kundennr" = "Kunden-Nr.", "UStIdNr" = "USt-IdNr."), when unambiguous. */
const compact = new Map<string, HeaderMatch | null>();

function addName(name: string, match: HeaderMatch) {
  const key = normalizeHeader(name);
  const known = lookup.get(key);
  if (known && known.target !== match.target) {
    throw new Error(`Import header synonym "${name}" names both ${known.target} and ${match.target}`);
  }
  if (!known || match.rank < known.rank) lookup.set(key, match);
  const joined = key.replace(/ /g, "");
  const other = compact.get(joined);
  if (other === undefined) compact.set(joined, match);
  else if (other && other.target !== match.target) compact.set(joined, null);
  else if (other && match.rank < other.rank) compact.set(joined, match);
}

for (const [target, names] of Object.entries(synonyms) as [ImportTargetKey, string[]][]) {
  const all = [...names, ...(europeanSynonyms[target] ?? [])];
  all.forEach((name, rank) => addName(name, { target, rank }));
  addName(target.replace(/([a-z])([A-Z])/g, "$1 $2"), { target, rank: all.length });
}
const notesRank = lookup.get("notes")!.rank;
for (const name of labelledNotes) addName(name, { target: "notes", rank: notesRank + 1 });
const labelled = new Set(labelledNotes.map(normalizeHeader));

/** The target a header names, if any, and its rank among that target's names. */
export function matchHeader(header: string): HeaderMatch | undefined {
  const key = normalizeHeader(header);
  return lookup.get(key) ?? compact.get(key.replace(/ /g, "")) ?? undefined;
}

/** The target a header names, if any. */
export function targetForHeader(header: string): ImportTargetKey | undefined {
  return matchHeader(header)?.target;
}

/** A notes column whose cells are notes themselves ("Bemerkung"), not "Header: value" lines ("Name 2", "Industry"). */
export function isNotesHeader(header: string): boolean {
  return targetForHeader(header) === "notes" && !labelled.has(normalizeHeader(header));
}
