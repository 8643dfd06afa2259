// Reads the values spreadsheets hold into what the customer schema expects: kinds, phone types, yes/no,
// country names, money and payment terms as people write them. Unknown values pass through for the schema to report.
import { isCountryCode, listCountryNames } from "@/lib/fields/countries";

const kindWords: Record<string, "company" | "person"> = {
  company: "company",
  business: "company",
  organization: "company",
  organisation: "company",
  org: "company",
  corporate: "company",
  corporation: "company",
  b2b: "company",
  firm: "company",
  person: "person",
  individual: "person",
  private: "person",
  consumer: "person",
  b2c: "person",
  people: "person",
};

export function readKind(value: string): string {
  return kindWords[value.trim().toLowerCase()] ?? value.trim().toLowerCase();
}

const phoneTypeWords: Record<string, "mobile" | "work" | "home" | "fax"> = {
  mobile: "mobile",
  cell: "mobile",
  cellular: "mobile",
  handy: "mobile",
  work: "work",
  business: "work",
  office: "work",
  main: "work",
  company: "work",
  home: "home",
  personal: "home",
  private: "home",
  fax: "fax",
  workfax: "fax",
  homefax: "fax",
  businessfax: "fax",
};

/** Google writes "* Mobile" for the primary number; unknown labels ("Other") are left out rather than failing the row. */
export function readPhoneType(value: string): string | undefined {
  return phoneTypeWords[value.toLowerCase().replace(/[^a-z]/g, "")];
}

const yes = new Set(["yes", "y", "true", "t", "1", "x", "✓", "on", "primary"]);
const no = new Set(["no", "n", "false", "f", "0", "off", "-"]);

/** Yes/no as spreadsheets write it; anything else is returned as typed so validation can name it. */
export function readBoolean(value: string): boolean | string {
  const word = value.trim().toLowerCase();
  if (yes.has(word)) return true;
  if (no.has(word)) return false;
  return value;
}

// What people write that is not a name in country-names.json (every language's name is read from there).
const countryAliases: Record<string, string> = {
  "u s a": "US",
  "u s": "US",
  "united states of america": "US",
  america: "US",
  "u k": "GB",
  "great britain": "GB",
  britain: "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  holland: "NL",
  "the netherlands": "NL",
  korea: "KR",
  "czech republic": "CZ",
  "ivory coast": "CI",
  uae: "AE",
  turkey: "TR",
  can: "CA",
  gbr: "GB",
  deu: "DE",
  fra: "FR",
  aus: "AU",
  mex: "MX",
  nld: "NL",
  esp: "ES",
  ita: "IT",
  che: "CH",
  aut: "AT",
  bel: "BE",
  prt: "PT",
};

function simplify(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
}

let countryNames: Map<string, string> | undefined;

function countryNameMap(): Map<string, string> {
  if (countryNames) return countryNames;
  countryNames = new Map(listCountryNames().map(([name, code]) => [simplify(name), code]));
  for (const [alias, code] of Object.entries(countryAliases)) countryNames.set(simplify(alias), code);
  return countryNames;
}

/**
 * "United States", "USA", "us", "Vereinigte Staaten", "États-Unis" → "US" (names in every language the app has);
 * anything unknown as typed (the schema explains the 2-letter rule).
 */
export function readCountry(value: string): string {
  const upper = value.trim().toUpperCase();
  if (upper.length === 2 && isCountryCode(upper)) return upper;
  return countryNameMap().get(simplify(value)) ?? value.trim();
}

/** "$25,000.00", "25 000 €", "USD 1,200" → "25000.00"-style text for the credit-limit schema. */
export function readMoney(value: string): string {
  const stripped = value.replace(/^[^\d.-]+|[^\d.]+$/g, "").replace(/[\s\u00a0']/g, "");
  return /^-?[\d,]*\.?\d*$/.test(stripped) && /\d/.test(stripped) ? stripped : value.trim();
}

/** "Net 30", "30 days", "N30" → "30"; "Due on receipt", "COD" → "0". */
export function readPaymentTerms(value: string): string {
  const word = value.trim().toLowerCase();
  if (/^(cod|c\.o\.d\.?|cash|due on receipt|due upon receipt|on receipt|immediate|prepaid|prepay|net 0)$/.test(word)) {
    return "0";
  }
  const days = word.match(/^(?:net\s*|n)?(\d{1,3})(?:\s*(?:days?|d))?$/);
  return days?.[1] ?? value.trim();
}

/** Tags written in one cell: "a, b; c | d", or Google's "* myContacts ::: Friends". */
export function splitTags(value: string): string[] {
  return value
    .split(/:::|[,;|]/)
    .map((tag) => tag.trim().replace(/^\*\s*/, ""))
    .filter(Boolean);
}

/** Google and Outlook put several addresses in one cell ("a@x.com ::: b@y.com"): the first is the address. */
export function firstOfMany(value: string): string {
  return value.split(":::")[0]?.trim() ?? value.trim();
}
