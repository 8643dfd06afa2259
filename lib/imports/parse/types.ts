// Types of the file-reading API (shared by the CSV and XLSX readers).
import type { Delimiter, TextEncoding } from "@/lib/imports/parse/sniff";

export type FileFormat = "csv" | "xlsx";

export interface ParseOptions {
  /** Used to guess the format (.csv/.txt/.tsv/.xlsx). */
  filename?: string;
  /** Overrides the guess. */
  format?: FileFormat;
  /** Overrides CSV sniffing. */
  delimiter?: Delimiter;
  /** Overrides detection. */
  encoding?: TextEncoding;
  /** Data-row limit; one more row throws ImportFileError TOO_MANY_ROWS while reading. */
  maxRows?: number;
  /** Column limit, checked on the header and on every row. */
  maxColumns?: number;
}

export interface TableRow {
  /** As a spreadsheet user sees it: the header is row 1, the first data row 2 (blank rows count but are skipped). */
  rowNumber: number;
  /** One string per header, padded with "" for short rows; extra non-blank cells are kept after them. */
  cells: string[];
  /** Things worth telling the user about this row (for example cells beyond the header). */
  warnings?: string[];
}

export interface OpenedTable {
  format: FileFormat;
  /** CSV only, as detected or given. */
  delimiter?: string;
  /** CSV only. */
  encoding?: string;
  headers: string[];
  /** The row number of the header (1 unless blank rows come first). */
  headerRowNumber: number;
  rows: AsyncIterable<TableRow>;
}

/** A record straight from a reader, before limits and padding. */
export interface RawRecord {
  rowNumber: number;
  cells: string[];
}
