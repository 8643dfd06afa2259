// How an import reads its number and date columns: the convention of each mapped column, decided from the
// file's first rows (or chosen), with the reason and the values it decided — shown in the preview, stored
// on the import when it starts, and used by every row of the run. Pure (no server imports).
import { dateOrderExamples, dateOrders, detectDateOrder, type DateOrder } from "@/lib/fields/read-date";
import { detectNumberFormat, numberFormatExamples, numberFormats, type NumberFormat } from "@/lib/fields/read-number";
import type { ColumnMapping } from "@/lib/imports/map/propose";
import { getImportTarget } from "@/lib/imports/map/targets";

export const numberFormatChoices = ["auto", ...numberFormats] as const;
export type NumberFormatChoice = (typeof numberFormatChoices)[number];
export const dateFormatChoices = ["auto", ...dateOrders] as const;
export type DateFormatChoice = (typeof dateFormatChoices)[number];

export const numberFormatChoiceLabels: Record<NumberFormatChoice, string> = {
  auto: "Detect from the file",
  dot: "1,234.56 (decimal point)",
  comma: "1.234,56 (decimal comma)",
};
export const dateFormatChoiceLabels: Record<DateFormatChoice, string> = {
  auto: "Detect from the file",
  dmy: "D.M.Y (31.12.2026, 31/12/2026)",
  mdy: "M/D/Y (12/31/2026)",
  ymd: "Y-M-D (2026-12-31)",
};

/** The convention one mapped column is read in, and why. */
export type ColumnReading = {
  column: number;
  header: string;
  /** The values the convention decided (they read differently in another), as read; at most 5 listed. */
  ambiguous: { value: string; read: string }[];
  ambiguousCount: number;
  reason: string;
} & ({ kind: "number"; format: NumberFormat } | { kind: "date"; format: DateOrder });

export interface ReadingContext {
  fileFormat: string;
  delimiter: string | null;
  /** The organization's country, for ties. */
  country: string;
  numberFormat: NumberFormatChoice;
  dateFormat: DateFormatChoice;
}

/** Rows the conventions are decided on: enough for any real file, bounded for the preview. */
export const READING_SAMPLE_ROWS = 5000;

export function detectReadings(
  rows: readonly (readonly string[])[],
  mapping: readonly ColumnMapping[],
  context: ReadingContext,
): ColumnReading[] {
  const readings: ColumnReading[] = [];
  const workbook = context.fileFormat === "xlsx";
  for (const { column, header, target } of mapping) {
    const kind = target === "ignore" ? undefined : getImportTarget(target)?.value;
    if (!kind) continue;
    const values = rows.map((cells) => cells[column] ?? "");
    if (kind === "number") {
      const choice = context.numberFormat === "auto" ? undefined : context.numberFormat;
      const decision = detectNumberFormat(values, { ...context, workbook, choice });
      readings.push({ column, header, kind, ...decision });
    } else {
      const choice = context.dateFormat === "auto" ? undefined : context.dateFormat;
      const decision = detectDateOrder(values, { country: context.country, excelSerials: workbook, choice });
      readings.push({ column, header, kind, ...decision });
    }
  }
  return readings;
}

/** What applyMapping needs from the readings: each column's convention, and whether the file is a workbook. */
export interface ColumnFormats {
  numbers: ReadonlyMap<number, NumberFormat>;
  dates: ReadonlyMap<number, DateOrder>;
  excelSerials: boolean;
}

export function columnFormatsOf(readings: readonly ColumnReading[], fileFormat: string): ColumnFormats {
  const numbers = new Map<number, NumberFormat>();
  const dates = new Map<number, DateOrder>();
  for (const reading of readings) {
    if (reading.kind === "number") numbers.set(reading.column, reading.format);
    else dates.set(reading.column, reading.format);
  }
  return { numbers, dates, excelSerials: fileFormat === "xlsx" };
}

/** "Numbers read as 1.234,56", "Dates read as day/month/year (31.12.2026)". */
export function describeReading(reading: ColumnReading): string {
  return reading.kind === "number"
    ? `Numbers read as ${numberFormatExamples[reading.format]}`
    : `Dates read as ${dateOrderExamples[reading.format]}`;
}
