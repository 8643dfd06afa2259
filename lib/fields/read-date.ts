// Calendar dates as people write them — 2026-03-01 · 01.03.2026 · 1/3/2026 or 3/1/2026 · 1 Mar 2026 ·
// 20260301 · Excel serials — read as "YYYY-MM-DD". Pure: server, client and tests.
import { getCountryName } from "@/lib/fields/countries";
import { collectAmbiguous, localeOfCountry, type FormatDecision } from "@/lib/fields/read-number";

/** Which part comes first in a date like 1/3/2026: day (dmy), month (mdy), or year (ymd, as in 26/03/01). */
export type DateOrder = "dmy" | "mdy" | "ymd";
export const dateOrders = ["dmy", "mdy", "ymd"] as const satisfies readonly DateOrder[];

export const dateOrderExamples: Record<DateOrder, string> = {
  dmy: "day/month/year (31.12.2026)",
  mdy: "month/day/year (12/31/2026)",
  ymd: "year-month-day (2026-12-31)",
};

const months: Record<string, number> = {};
const monthNames: [number, string[]][] = [
  [1, ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari"]],
  [2, ["february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "februari"]],
  [3, ["march", "mar", "märz", "marz", "mrz", "mars", "marzo", "maart", "mär"]],
  [4, ["april", "apr", "avril", "avr", "abril", "abr", "aprile"]],
  [5, ["may", "mai", "mayo", "maggio", "mag", "mei"]],
  [6, ["june", "jun", "juni", "juin", "junio", "giugno", "giu"]],
  [7, ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug"]],
  [8, ["august", "aug", "août", "aout", "agosto", "ago", "augustus"]],
  [9, ["september", "sep", "sept", "septembre", "septiembre", "settembre", "set"]],
  [10, ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott"]],
  [11, ["november", "nov", "novembre", "noviembre"]],
  [12, ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre"]],
];
for (const [month, names] of monthNames) for (const name of names) months[name] = month;

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A time after the date (spreadsheets write "2026-03-01 14:30", ISO "…T14:30:00Z") belongs to no calendar date field. */
const TIME = String.raw`(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\.?${TIME}$`, "i");
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})${TIME}$`, "i");
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`, "i");
const DAY_NAME = String.raw`(?:[a-zäéû]+\.?,?\s+)?`;
const DAY_MONTH_NAME = new RegExp(
  String.raw`^${DAY_NAME}(\d{1,2})(?:st|nd|rd|th)?\.?[\s-]*([a-zäéû]+)\.?[\s,-]*(\d{4}|\d{2})${TIME}$`,
  "iu",
);
const MONTH_NAME_DAY = new RegExp(
  String.raw`^${DAY_NAME}([a-zäéû]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})${TIME}$`,
  "iu",
);

/** Excel's day numbers (1900 system) for 1927-05-18 … 2173-10-14: a five-digit number in a date column of a workbook. */
function excelSerial(text: string): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

interface FixedForm {
  date: string | null;
  /** The order it is written in (dotted dates are day first by convention). */
  order: DateOrder;
}

/** Forms that say how to read themselves: every order reads them alike. */
function readFixedForm(text: string, excelSerials: boolean): FixedForm | undefined {
  let match = text.match(ISO) ?? text.match(COMPACT);
  if (match) return { date: isoDate(Number(match[1]), Number(match[2]), Number(match[3])), order: "ymd" };
  match = text.match(DOTTED);
  if (match) return { date: isoDate(fullYear(match[3]!), Number(match[2]), Number(match[1])), order: "dmy" };
  match = text.match(DAY_MONTH_NAME);
  const dayMonth = match && months[match[2]!.toLowerCase()];
  if (match && dayMonth) return { date: isoDate(fullYear(match[3]!), dayMonth, Number(match[1])), order: "dmy" };
  match = text.match(MONTH_NAME_DAY);
  const monthDay = match && months[match[1]!.toLowerCase()];
  if (match && monthDay) return { date: isoDate(Number(match[3]), monthDay, Number(match[2])), order: "mdy" };
  if (excelSerials && /^\d{5}$/.test(text)) return { date: excelSerial(text), order: "ymd" };
  return undefined;
}

/**
 * How a written date reads in each order (null: not a date that way). "1/3/2026" → dmy 2026-03-01, mdy
 * 2026-01-03; "13/1/2026" → dmy only; "2026-03-01", "01.03.2026", "1 Mar 2026" → the same in all three.
 */
function dateReadings(value: string, excelSerials = false): Record<DateOrder, string | null> {
  const text = value.trim();
  const fixed = readFixedForm(text, excelSerials)?.date;
  if (fixed !== undefined) return { dmy: fixed, mdy: fixed, ymd: fixed };
  const match = text.match(NUMERIC);
  if (!match) return { dmy: null, mdy: null, ymd: null };
  const [, a, , b, c] = match as unknown as [string, string, string, string, string];
  return {
    dmy: isoDate(fullYear(c), Number(b), Number(a)),
    mdy: isoDate(fullYear(c), Number(a), Number(b)),
    ymd: c.length === 2 ? isoDate(fullYear(a), Number(b), Number(c)) : null,
  };
}

/**
 * A value only one order can read is read that way ("13/1/2026" → 2026-01-13 whatever the order); one that
 * orders read differently ("1/3/2026") is read in `order`; anything else is null.
 */
export function readDate(value: string, order: DateOrder, excelSerials = false): string | null {
  const readings = dateReadings(value, excelSerials);
  if (readings[order]) return readings[order];
  const others = new Set(dateOrders.map((o) => readings[o]).filter((r): r is string => r !== null));
  return others.size === 1 ? [...others][0]! : null;
}

/** What a value tells about its column: the orders that can read it, and whether they disagree. */
export function classifyDate(value: string, excelSerials = false): DateOrder | "either" | "same" | "invalid" {
  const readings = dateReadings(value, excelSerials);
  const valid = dateOrders.filter((order) => readings[order] !== null);
  if (valid.length === 0) return "invalid";
  if (new Set(valid.map((order) => readings[order])).size === 1) return valid.length === 1 ? valid[0]! : "same";
  return "either";
}

/** How the locale orders day and month: en-US → mdy; de-DE, en-GB, fr-FR → dmy; ja-JP, sv-SE → ymd. */
export function dateOrderOfLocale(locale: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: "UTC" })
    .formatToParts(new Date(Date.UTC(2026, 11, 31)))
    .map((part) => part.type)
    .filter((type) => type === "day" || type === "month" || type === "year");
  if (parts[0] === "year") return "ymd";
  return parts[0] === "month" ? "mdy" : "dmy";
}

export interface DateContext {
  /** The organization's country (ISO 3166-1 alpha-2): decides when no value does. */
  country: string;
  /** The file is a workbook: five-digit numbers are Excel day numbers. */
  excelSerials?: boolean;
  /** Chosen in the import options: decides the values orders read differently. */
  choice?: DateOrder;
}

const orderWords: Record<DateOrder, string> = { dmy: "day first", mdy: "month first", ymd: "year first" };

/**
 * The order of a column of dates: values only one order reads ("13/01/2026") decide, and dotted dates
 * count as day first; a tie falls back to the organization's country. Values written so that every
 * order reads them alike ("2026-03-01") decide nothing; a column of only those is read as they are written.
 */
export function detectDateOrder(samples: readonly string[], context: DateContext): FormatDecision<DateOrder> {
  const evidence: Record<DateOrder, string[]> = { dmy: [], mdy: [], ymd: [] };
  const either: string[] = [];
  let written: DateOrder | undefined;
  for (const sample of samples) {
    const value = sample.trim();
    if (!value) continue;
    const fixed = readFixedForm(value, context.excelSerials === true);
    if (fixed) {
      written ??= fixed.order;
      if (fixed.date && value.match(DOTTED)) evidence.dmy.push(value);
      continue;
    }
    const kind = classifyDate(value, context.excelSerials);
    if (kind === "dmy" || kind === "mdy" || kind === "ymd") evidence[kind].push(value);
    else if (kind === "either") either.push(value);
  }
  const { format, reason } = decideDateOrder(evidence, either.length > 0, written, context);
  return { format, reason, ...collectAmbiguous(either, (value) => readDate(value, format, context.excelSerials)) };
}

function decideDateOrder(
  evidence: Record<DateOrder, string[]>,
  anyAmbiguous: boolean,
  written: DateOrder | undefined,
  context: DateContext,
): { format: DateOrder; reason: string } {
  if (context.choice) return { format: context.choice, reason: "chosen in the import options" };
  const ranked = [...dateOrders].sort((a, b) => evidence[b].length - evidence[a].length);
  const [first, second] = ranked as [DateOrder, DateOrder];
  if (evidence[first].length > evidence[second].length) {
    const count = evidence[first].length;
    const sample = evidence[first][0]!;
    const what = DOTTED.test(sample)
      ? `dotted dates such as "${sample}" are written day first`
      : `${count === 1 ? "the value" : `${count} values such as`} "${sample}" can only be read ${orderWords[first]}`;
    return { format: first, reason: what };
  }
  if (!anyAmbiguous && evidence[first].length === 0) {
    return { format: written ?? "ymd", reason: "every value says how to read it" };
  }
  const local = dateOrderOfLocale(localeOfCountry(context.country));
  const format = local === "mdy" ? "mdy" : "dmy";
  const lead =
    evidence[first].length > 0
      ? "values disagree on whether the day or the month comes first"
      : "no value shows whether the day or the month comes first";
  return {
    format,
    reason: `${lead}; dates in your organization's country (${getCountryName(context.country)}) are written ${orderWords[format]}`,
  };
}
