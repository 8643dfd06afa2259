// Header cells as people can read and pick them: trimmed, blanks named by position, duplicates numbered.
import { ImportFileError } from "@/lib/imports/parse/errors";

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trailing blank cells are not columns; every other blank header becomes "Column N". */
export function buildHeaders(cells: string[], rowNumber: number): string[] {
  let width = cells.length;
  while (width > 0 && !cells[width - 1]?.trim()) width--;
  const trimmed = cells.slice(0, width).map((cell, index) => cell.trim().replace(/\s+/g, " ") || `Column ${index + 1}`);
  if (trimmed.some((cell) => EMAIL_LIKE.test(cell))) {
    throw new ImportFileError(
      "NO_HEADER",
      `Row ${rowNumber} must hold the column names (such as "Name" and "Email"), but it looks like data. Add a header row and upload again.`,
      rowNumber,
    );
  }
  const seen = new Map<string, number>();
  const taken = new Set(trimmed.map((cell) => cell.toLowerCase()));
  return trimmed.map((header) => {
    const key = header.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) return header;
    let suffix = count;
    while (taken.has(`${key} (${suffix})`)) suffix++;
    const unique = `${header} (${suffix})`;
    taken.add(unique.toLowerCase());
    return unique;
  });
}

/** A row with no text in any cell is skipped (but still counted, so row numbers match the spreadsheet). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}
