// Numbers as people write them — 25.000,00 · 25,000.00 · 10 000,5 · 1'000.50 · (1,200) · 25,- — read in
// one of two conventions, and which convention a column of them uses. Pure: server, client and tests.
import { getCountryName } from "@/lib/fields/countries";

/** "dot": 1,234.56 (decimal point); "comma": 1.234,56 (decimal comma). */
export type NumberFormat = "dot" | "comma";
export const numberFormats = ["dot", "comma"] as const satisfies readonly NumberFormat[];

export const numberFormatExamples: Record<NumberFormat, string> = { dot: "1,234.56", comma: "1.234,56" };

const SPACES = /[\s\u00a0\u202f\u2009]/;
const CURRENCY = String.raw`(?:\p{Sc}|[A-Za-z]{1,3}\.?)`;
const NUMBER_TEXT = new RegExp(
  String.raw`^(?:${CURRENCY}\s*)?([-+\u2212]?)\s*(?:${CURRENCY}\s*)?(\d[\d.,'’\s\u00a0\u202f\u2009]*?|[.,]\d+)([.,][-\u2013])?\s*(-?)\s*(?:${CURRENCY})?$`,
  "u",
);

interface Convention {
  decimal: "." | ",";
  /** Characters that may group thousands in this convention (one kind per number). */
  groups: RegExp;
}

const conventions: Record<NumberFormat, Convention> = {
  dot: { decimal: ".", groups: /^[,'’\s\u00a0\u202f\u2009]$/ },
  comma: { decimal: ",", groups: /^[.'’\s\u00a0\u202f\u2009]$/ },
};

/** Whole digits grouped by threes with one kind of separator ("1.234.567", "10 000"), or plain digits. */
function readInteger(text: string, groups: RegExp): string | null {
  if (/^\d+$/.test(text)) return text;
  const separator = text.match(/\D/)?.[0];
  if (!separator || !groups.test(separator)) return null;
  const parts = text.split(SPACES.test(separator) ? SPACES : separator);
  const [first, ...rest] = parts;
  if (!first || !/^[1-9]\d{0,2}$/.test(first) || !rest.every((part) => /^\d{3}$/.test(part))) return null;
  return parts.join("");
}

/** Digits after the point, without the zeros past the cents ("1,000" read with a decimal comma is "1.00"). */
function canonical(negative: boolean, whole: string, fraction: string): string {
  const trimmed = fraction.length > 2 ? fraction.replace(/0+$/, "").padEnd(2, "0") : fraction;
  const integer = whole.replace(/^0+(?=\d)/, "") || "0";
  const text = trimmed ? `${integer}.${trimmed}` : integer;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

interface NumberParts {
  negative: boolean;
  body: string;
  /** "25,-" or "25.–": no cents, written with this mark. */
  dash: "." | "," | null;
}

function splitNumber(value: string): NumberParts | null {
  let text = value.trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  const match = text.match(NUMBER_TEXT);
  if (!match) return null;
  const [, leading, body, dash, trailing] = match;
  if ((leading && trailing) || (negative && (leading || trailing))) return null;
  return {
    negative: negative || (leading !== "" && leading !== "+") || trailing === "-",
    body: body!.trim(),
    dash: dash ? (dash[0] as "." | ",") : null,
  };
}

function readWith(parts: NumberParts, format: NumberFormat): string | null {
  const { decimal, groups } = conventions[format];
  if (parts.dash && parts.dash !== decimal) return null;
  const pieces = parts.body.split(decimal);
  if (pieces.length > 2) return null;
  const [whole = "", fraction = ""] = pieces;
  if (pieces.length === 2 && !/^\d+$/.test(fraction)) return null;
  if (parts.dash && pieces.length === 2) return null;
  const integer = whole === "" && fraction !== "" ? "0" : readInteger(whole, groups);
  return integer === null ? null : canonical(parts.negative, integer, fraction);
}

/** How one written number reads in each convention (null: not a number in that one). */
function numberReadings(value: string): Record<NumberFormat, string | null> {
  const parts = splitNumber(value);
  return { dot: parts && readWith(parts, "dot"), comma: parts && readWith(parts, "comma") };
}

/**
 * "25.000,00" → "25000.00", "$25,000.00" → "25000.00", "-12,5" → "-12.5", "(1,200)" → "-1200": a value only one
 * convention can read is read that way; one both can read differently ("1,000") is read in `format`;
 * anything else is null.
 */
export function readNumber(value: string, format: NumberFormat): string | null {
  const readings = numberReadings(value);
  return readings[format] ?? readings[format === "dot" ? "comma" : "dot"];
}

/** What a value tells about its column: which conventions read it, and whether they disagree. */
export function classifyNumber(value: string): "dot" | "comma" | "either" | "same" | "invalid" {
  const { dot, comma } = numberReadings(value);
  if (dot === null && comma === null) return "invalid";
  if (dot === null) return "comma";
  if (comma === null) return "dot";
  return dot === comma ? "same" : "either";
}

/** The organization's country as a locale ("DE" → "de-DE", "CH" → "de-CH"): the language most spoken there. */
export function localeOfCountry(country: string): string {
  try {
    const likely = new Intl.Locale("und", { region: country }).maximize();
    return `${likely.language}-${likely.region ?? country}`;
  } catch {
    return "en-US";
  }
}

/** How the locale writes a decimal: de-DE, fr-FR, pt-BR → comma; en-US, de-CH, ja-JP → dot. */
export function numberFormatOfLocale(locale: string): NumberFormat {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === "decimal")?.value;
  return decimal === "," ? "comma" : "dot";
}

export interface FormatDecision<F extends string> {
  format: F;
  /** Why, in words for the preview: "12 values such as "25.000,00" can only be read with a decimal comma". */
  reason: string;
  /** Values the two readings disagree on, as read (at most 5 distinct), and how many there were in all. */
  ambiguous: { value: string; read: string }[];
  ambiguousCount: number;
}

export interface NumberContext {
  /** The CSV file's delimiter: a semicolon-separated file is the mark of a decimal-comma spreadsheet. */
  delimiter?: string | null;
  /** Numbers stored in a workbook are written with a decimal point whatever the spreadsheet shows. */
  workbook?: boolean;
  /** The organization's country (ISO 3166-1 alpha-2): its locale is the last word. */
  country: string;
  /** Chosen in the import options: decides the values both conventions read. */
  choice?: NumberFormat;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Up to five distinct values the convention decided, with their reading. */
export function collectAmbiguous(
  values: readonly string[],
  read: (value: string) => string | null,
): Pick<FormatDecision<string>, "ambiguous" | "ambiguousCount"> {
  const seen = new Map<string, string>();
  for (const value of values) if (seen.size < 5 && !seen.has(value)) seen.set(value, read(value) ?? value);
  return { ambiguous: [...seen].map(([value, reading]) => ({ value, read: reading })), ambiguousCount: values.length };
}

const decimalWords: Record<NumberFormat, string> = { dot: "a decimal point", comma: "a decimal comma" };

/**
 * The convention of a column of numbers: values only one convention reads decide (the majority); a tie
 * falls back to the workbook (decimal point), then a semicolon delimiter (decimal comma), then the
 * organization's country. The reason says which, and the values it decided are listed.
 */
export function detectNumberFormat(samples: readonly string[], context: NumberContext): FormatDecision<NumberFormat> {
  const evidence: Record<NumberFormat, string[]> = { dot: [], comma: [] };
  const either: string[] = [];
  for (const sample of samples) {
    const value = sample.trim();
    if (!value) continue;
    const kind = classifyNumber(value);
    if (kind === "dot" || kind === "comma") evidence[kind].push(value);
    else if (kind === "either") either.push(value);
  }
  const { format, reason } = decideNumberFormat(evidence, either.length > 0, context);
  return { format, reason, ...collectAmbiguous(either, (value) => readNumber(value, format)) };
}

function decideNumberFormat(
  evidence: Record<NumberFormat, string[]>,
  anyAmbiguous: boolean,
  context: NumberContext,
): { format: NumberFormat; reason: string } {
  const describe = (format: NumberFormat) =>
    `${evidence[format].length === 1 ? "the value" : plural(evidence[format].length, "value", "values") + " such as"} "${evidence[format][0]}" can only be read with ${decimalWords[format]}`;
  if (context.choice) return { format: context.choice, reason: "chosen in the import options" };
  const [dot, comma] = [evidence.dot.length, evidence.comma.length];
  if (dot !== comma) {
    const [format, other]: NumberFormat[] = dot > comma ? ["dot", "comma"] : ["comma", "dot"];
    const minority = evidence[other!].length > 0 ? ` (and ${describe(other!)}, so it is read that way)` : "";
    return { format: format!, reason: describe(format!) + minority };
  }
  const lead =
    dot > 0
      ? `as many values use a decimal point as a decimal comma; `
      : anyAmbiguous
        ? "no value shows the convention; "
        : "every value reads the same either way; ";
  if (context.workbook)
    return { format: "dot", reason: `${lead}numbers stored in an Excel workbook use a decimal point` };
  if (context.delimiter === ";") {
    return {
      format: "comma",
      reason: `${lead}the file is separated by semicolons, as files written with decimal commas are`,
    };
  }
  const format = numberFormatOfLocale(localeOfCountry(context.country));
  return {
    format,
    reason: `${lead}numbers in your organization's country (${getCountryName(context.country)}) are written ${numberFormatExamples[format]}`,
  };
}
