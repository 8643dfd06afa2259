// Spreadsheet cell values as the text a person sees: dates as yyyy-mm-dd, numbers without float noise.

/** 0.1 + 0.2 is stored as 0.30000000000000004; 15 significant digits is what Excel shows. */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  const rounded = Number(value.toPrecision(15));
  if (Number.isInteger(rounded) && Math.abs(rounded) < 1e21) return BigInt(rounded).toString();
  const text = String(rounded);
  return text.includes("e") ? rounded.toFixed(20).replace(/\.?0+$/, "") : text;
}

/** Spreadsheet dates carry no zone; exceljs reads them as UTC. Midnight is a plain date. */
function formatDate(value: Date): string {
  if (Number.isNaN(value.getTime())) return "";
  const iso = value.toISOString();
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  if (time === "00:00:00") return date;
  return `${date} ${time.endsWith(":00") ? time.slice(0, 5) : time}`;
}

/** Excel's serial day number (1900 system) for a date-formatted formula result. */
function excelSerialToDate(serial: number, date1904 = false): Date {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400_000));
}

const DATE_FORMAT = /[dmyhs]/i;

function isDateFormat(numFmt: unknown): boolean {
  if (typeof numFmt !== "string") return false;
  // Drop quoted literals, escapes and colour/condition brackets before looking for date tokens.
  const bare = numFmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return DATE_FORMAT.test(bare) && !/^general$/i.test(bare);
}

interface RichText {
  richText: { text: string }[];
}

/** Any exceljs cell value (string, number, Date, boolean, rich text, hyperlink, formula, error) as text. */
export function formatCellValue(value: unknown, numFmt?: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number")
    return isDateFormat(numFmt) ? formatDate(excelSerialToDate(value)) : formatNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return formatDate(value);
  if (typeof value !== "object") return String(value);
  if ("richText" in value && Array.isArray((value as RichText).richText)) {
    return (value as RichText).richText.map((part) => part.text ?? "").join("");
  }
  if ("formula" in value || "sharedFormula" in value) {
    return formatCellValue((value as { result?: unknown }).result, numFmt);
  }
  if ("result" in value) return formatCellValue((value as { result?: unknown }).result, numFmt);
  if ("text" in value) return formatCellValue((value as { text?: unknown }).text, numFmt);
  if ("hyperlink" in value) return String((value as { hyperlink?: unknown }).hyperlink ?? "");
  if ("error" in value) return "";
  return "";
}
