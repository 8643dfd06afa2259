// Cell values as written to a spreadsheet: text that a spreadsheet would read as a formula
// (= + - @, tab, CR first) gets a leading apostrophe, in CSV and XLSX alike (OWASP CSV injection).
import type { CellValue } from "@/lib/customers/export/columns";

const formulaStart = /^[=+\-@\t\r]/;

export function neutralize(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** CSV text: dates in ISO 8601 (UTC), booleans yes/no, empty for null. */
export function csvCell(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "yes" : "no";
  return neutralize(String(value));
}

/** XLSX value: real numbers, dates and booleans; text always as a string cell, never a formula. */
export function xlsxCell(value: CellValue): string | number | boolean | Date | null {
  if (typeof value === "string") return neutralize(value);
  return value;
}
