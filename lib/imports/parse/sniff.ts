// Guesses how a delimited text file is written: its encoding (from a BOM or by trying UTF-8) and its delimiter.
import { startsWith } from "@/lib/imports/parse/source";

export const delimiters = [",", ";", "\t", "|"] as const;
export type Delimiter = (typeof delimiters)[number];
export type TextEncoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** Bytes of byte-order mark to drop. */
  bomLength: number;
}

/** A BOM decides; otherwise the sample is UTF-8 when it decodes strictly, else Windows-1252 (Excel's "CSV" on Windows). */
export function detectEncoding(sample: Uint8Array, complete: boolean): DetectedEncoding {
  if (startsWith(sample, UTF8_BOM)) return { encoding: "utf-8", bomLength: 3 };
  if (startsWith(sample, UTF16LE_BOM)) return { encoding: "utf-16le", bomLength: 2 };
  if (startsWith(sample, UTF16BE_BOM)) return { encoding: "utf-16be", bomLength: 2 };
  try {
    // In stream mode an incomplete character cut off at the end of the sample is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: !complete });
    return { encoding: "utf-8", bomLength: 0 };
  } catch {
    return { encoding: "windows-1252", bomLength: 0 };
  }
}

/** Text that is not text: NUL bytes outside UTF-16 mean a binary file (a PDF, an image, an old .xls). */
export function looksBinary(sample: Uint8Array, encoding: TextEncoding): boolean {
  if (encoding.startsWith("utf-16")) return false;
  return sample.subarray(0, 8192).includes(0);
}

/**
 * Counts each candidate delimiter per record outside quotes over the first records of the sample, and
 * picks the one that appears on the most records the same number of times (ties: , ; tab |).
 */
export function sniffDelimiter(text: string, complete: boolean): Delimiter {
  const records = countPerRecord(text, complete, 50);
  let best: Delimiter = ",";
  let bestScore = 0;
  for (const delimiter of delimiters) {
    const counts = records.map((record) => record[delimiter]).filter((count) => count > 0);
    if (counts.length === 0) continue;
    const modeCount = Math.max(...tally(counts).values());
    // Consistent columns on most records, weighted a little by how many columns they make.
    const score = modeCount * 1000 + (counts.length === records.length ? 500 : 0) + Math.min(counts[0] ?? 0, 100);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

type Counts = Record<Delimiter, number>;

function emptyCounts(): Counts {
  return { ",": 0, ";": 0, "\t": 0, "|": 0 };
}

function countPerRecord(text: string, complete: boolean, limit: number): Counts[] {
  const records: Counts[] = [];
  let current = emptyCounts();
  let quoted = false;
  let fieldStart = true;
  let hasContent = false;
  for (let index = 0; index < text.length && records.length < limit; index++) {
    const char = text[index] ?? "";
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') index++;
        else quoted = false;
      }
      continue;
    }
    if (char === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      hasContent = true;
    } else if (char === "\n" || char === "\r") {
      if (hasContent) records.push(current);
      current = emptyCounts();
      hasContent = false;
      fieldStart = true;
    } else if (char in current) {
      current[char as Delimiter]++;
      fieldStart = true;
      hasContent = true;
    } else {
      if (char !== " ") fieldStart = false;
      hasContent = true;
    }
  }
  // The last record of a cut-off sample is partial; of a whole file it counts.
  if (complete && hasContent && records.length < limit) records.push(current);
  return records;
}

function tally(values: number[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
  return map;
}
