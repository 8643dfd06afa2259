// Reads the values spreadsheets hold into what the customer schema expects: kinds, phone types, yes/no,
// country names, money and payment terms as people write them. Unknown values pass through for the schema to report.
import { isCountryCode, listCountryNames } from "@/lib/fields/countries";
import { readDate, type DateOrder } from "@/lib/fields/read-date";
import { readNumber, type NumberFormat } from "@/lib/fields/read-number";

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

/**
 * A fixed choice written as its value or its label, in any case ("active", "Active", "VIP" → "vip"), so the
 * customer export, which writes labels, reads back in. Unknown words pass through lower-cased for the schema to name.
 */
export function readChoice(labels: Record<string, string>): (value: string) => string {
  const byWord = new Map<string, string>();
  for (const [value, label] of Object.entries(labels)) {
    byWord.set(value.toLowerCase(), value);
    byWord.set(label.toLowerCase(), value);
  }
  return (value) => byWord.get(value.trim().toLowerCase()) ?? value.trim().toLowerCase();
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

/** Marketing consent as a choice ("Granted", "not asked") or as yes/no (yes: granted, no: withdrawn). */
export function readConsent(labels: Record<string, string>): (value: string) => string {
  const choice = readChoice(labels);
  return (value) => {
    const word = value.trim().toLowerCase();
    if (yes.has(word) || /^opted[\s_-]?in$/.test(word)) return "granted";
    if (no.has(word) || /^opted[\s_-]?out$/.test(word) || word === "unsubscribed") return "withdrawn";
    return choice(value).replace(/\s+/g, "_");
  };
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

/** "$25,000.00", "25.000,00 €", "USD 1,200" → "25000.00"-style text for the credit-limit schema; unreadable as typed. */
export function readMoney(value: string, format: NumberFormat = "dot"): string {
  return readNumber(value, format) ?? value.trim();
}

const immediateTerms = new RegExp(
  "^(cod|c\\.o\\.d\\.?|cash|due on receipt|due upon receipt|on receipt|immediate|immediate payment|prepaid|prepay|net 0" +
    "|sofort|sofort netto|sofort ohne abzug|zahlbar sofort|zahlbar sofort ohne abzug|vorkasse|bar" +
    "|comptant|au comptant|a reception|des reception|paiement a reception|contado|al contado|pago al contado" +
    "|a vista|immediato|rimessa diretta|contant|direct|onmiddellijk|pronto pagamento|a pronto)$",
);
const dayWords = "days?|d|tage?n?|t|jours?|j|dias|giorni|gg|dagen|dgn";

/**
 * "Net 30", "30 days", "N30", "30 Tage netto", "Netto 30 Tage", "30 jours", "30 días", "30 gg" → "30";
 * "Due on receipt", "COD", "sofort", "comptant", "contado" → "0". Anything else as typed, for the schema to name.
 */
export function readPaymentTerms(value: string, format: NumberFormat = "dot"): string {
  const word = simplifyTerms(value);
  if (immediateTerms.test(word)) return "0";
  const days = word.match(new RegExp(`^(?:net(?:to)?\\s*|n)?(\\d{1,3})(?:\\s*(?:${dayWords}))?(?:\\s*net(?:to)?)?$`));
  // Terms with a cash discount name the net days: "14 Tage 2% Skonto, 30 Tage netto", "2/10 net 30".
  const net = word.match(
    new RegExp(`(?:^|\\D)(\\d{1,3})\\s*(?:${dayWords})\\s*net(?:to)?\\b|\\bnet(?:to)?\\s*(\\d{1,3})\\b`),
  );
  const named = days?.[1] ?? net?.[1] ?? net?.[2];
  if (named) return named;
  // "30,00" or "30.0" as a number in the column's convention.
  const number = readNumber(word, format);
  return number && /^\d+(\.0+)?$/.test(number) ? number.replace(/\.0+$/, "") : value.trim();
}

function simplifyTerms(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}/gu, "").trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * A calendar date as "YYYY-MM-DD" in the column's order; without one, a date orders read differently
 * ("1/3/2026") stays as typed for the schema to refuse. Five-digit numbers are Excel day numbers in a workbook.
 */
export function readDateCell(value: string, order: DateOrder = "ymd", excelSerials = false): string {
  return readDate(value, order, excelSerials) ?? value.trim();
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

const languageCodes = [
  ...["ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "he", "hi", "hr", "hu", "id"],
  ...["is", "it", "ja", "ko", "lt", "lv", "mt", "nb", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv"],
  ...["th", "tr", "uk", "vi", "zh"],
];
let languageNames: Map<string, string> | undefined;
/** Language names as the export's language writes them (English last, so it wins a name two languages share). */
const nameLocales = ["pt", "nl", "it", "es", "fr", "de", "en"] as const;

function languageNameMap(): Map<string, string> {
  if (languageNames) return languageNames;
  languageNames = new Map();
  for (const locale of nameLocales) {
    const names = new Intl.DisplayNames([locale], { type: "language" });
    for (const code of languageCodes) languageNames.set(simplify(names.of(code) ?? code), code);
  }
  return languageNames;
}

/** DATEV writes the correspondence language as a number. */
const datevLanguages: Record<number, string> = { 1: "de", 4: "fr", 5: "en", 10: "es", 19: "it" };

/**
 * A language as exports write it: "de", "de_DE" (Odoo, SAP), DATEV's 1 (German), 4, 5, 10, 19, "Deutsch", "German", "Allemand", "English (US)",
 * Odoo's "German / Deutsch". Unknown text is returned as typed, for the schema to name.
 */
export function readLanguage(value: string): string {
  const text = value.trim();
  if (/^\d+$/.test(text)) return datevLanguages[Number(text)] ?? text;
  if (/^[a-z]{2,3}([_-][a-z]{2})?$/i.test(text)) return text.replace("_", "-");
  const [, name = text, region] = /^(.*?)\s*\(([a-z]{2})\)$/i.exec(text) ?? [];
  for (const part of name.split("/")) {
    const code = languageNameMap().get(simplify(part));
    if (code) return region && isCountryCode(region.toUpperCase()) ? `${code}-${region.toUpperCase()}` : code;
  }
  return text;
}

const currencySigns: Record<string, string> = {
  "€": "EUR",
  euro: "EUR",
  euros: "EUR",
  "£": "GBP",
  "¥": "JPY",
  chf: "CHF",
};

/** "eur", "€", "Euro" → "EUR"; SAP Business One's "##" (any currency) → nothing, so the organization's default applies. */
export function readCurrency(value: string): string | undefined {
  const text = value.trim();
  if (text === "##") return undefined;
  return currencySigns[text.toLowerCase()] ?? text.toUpperCase();
}

/** Odoo writes a state with its country: "Tennessee (US)" → "Tennessee". */
export function readRegion(value: string): string {
  return value.replace(/\s*\([A-Z]{2}\)$/, "").trim();
}
