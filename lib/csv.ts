// The one CSV writer (customer export, import error file): UTF-8 with a BOM (Excel then reads accents
// right), CRLF rows, every field holding a quote, the comma, CR or LF quoted (RFC 4180), and every
// line start inside a text cell that a spreadsheet would read as a formula neutralized (OWASP CSV
// injection). Produced one batch at a time, only when the reader asks for more.
import { stringify } from "csv-stringify/sync";

export type CsvValue = string | number | boolean | Date | null;

const BOM = "\uFEFF";

// = + - @ start a formula; a leading tab, CR or LF is also read as one by some importers, and NUL
// is on ASVS 1.2.10's list. Spaces first do not help: importers that trim them (LibreOffice's "Trim
// spaces", Google Sheets) would see the formula again.
const formulaStart = /^\p{Zs}*[=+\-@\t\r\n\0]/u;
const anyTrigger = /[=+\-@\t\r\n\0]/;
const lineBreak = /(\r\n|\r|\n)/;

/** True when a spreadsheet could read this text as a formula. */
export function startsLikeFormula(text: string): boolean {
  return formulaStart.test(text);
}

/**
 * Prefixes `'` to the cell and to every line inside it (after CR, LF or CRLF) that starts like a
 * formula, so neither a spreadsheet nor a reader that splits lines before honouring quotes sees one.
 */
export function neutralizeFormulas(text: string): string {
  if (!anyTrigger.test(text)) return text;
  // split with a capturing group keeps the line breaks at the odd indexes.
  const parts = text.split(lineBreak);
  return parts.map((part, i) => (i % 2 === 0 && startsLikeFormula(i === 0 ? text : part) ? `'${part}` : part)).join("");
}

/**
 * A value as CSV text: dates in ISO 8601 (UTC), booleans yes/no, empty for null. Numbers the app
 * typed itself (credit limit, payment days) stay plain, so "-100" is still a number in a spreadsheet;
 * all text, user-entered or not, is neutralized.
 */
export function csvText(value: CsvValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  return neutralizeFormulas(value);
}

/** CSV rows (CRLF-terminated) for these records. */
export function csvRows(records: readonly (readonly CsvValue[])[]): string {
  return stringify(
    records.map((record) => record.map(csvText)),
    // csv-stringify quotes the delimiter, the quote and the record delimiter (CRLF) itself; a lone CR or LF needs quoted_match.
    { record_delimiter: "\r\n", quoted_match: /[\r\n]/ },
  );
}

/** A CSV file: BOM and header row first, then one chunk per batch, pulled as the download reads. */
export function csvStream(
  header: readonly CsvValue[],
  batches: AsyncIterable<readonly (readonly CsvValue[])[]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  async function* chunks() {
    yield BOM + csvRows([header]);
    for await (const records of batches) {
      if (records.length > 0) yield csvRows(records);
    }
  }
  const iterator = chunks();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
}
