import "server-only";
// Decides how an import reads its number and date columns from the stored file's first rows — the same
// for the preview and for the run, which stores the decision when it starts.
import type { ColumnMapping } from "@/lib/imports/map/propose";
import {
  detectReadings,
  READING_SAMPLE_ROWS,
  type ColumnReading,
  type DateFormatChoice,
  type NumberFormatChoice,
} from "@/lib/imports/map/readings";
import { getImportTarget } from "@/lib/imports/map/targets";
import { openStoredFile } from "@/lib/imports/pipeline/stage";
import { findImport } from "@/lib/imports/queries";
import { parseImportRun } from "@/lib/imports/run-options";
import type { Ctx } from "@/lib/auth/context";
import { getOrgDefaults } from "@/lib/customers/queries";

interface ReadingsInput {
  file: Parameters<typeof openStoredFile>[0];
  mapping: readonly ColumnMapping[];
  numberFormat: NumberFormatChoice;
  dateFormat: DateFormatChoice;
  country: string;
}

export async function detectImportReadings(input: ReadingsInput): Promise<ColumnReading[]> {
  const { file, mapping } = input;
  const read = mapping.filter((entry) => entry.target !== "ignore" && getImportTarget(entry.target)?.value);
  if (read.length === 0) return [];
  const rows: string[][] = [];
  for await (const row of (await openStoredFile(file)).rows) {
    rows.push(row.cells);
    if (rows.length >= READING_SAMPLE_ROWS) break;
  }
  return detectReadings(rows, read, {
    fileFormat: file.format,
    delimiter: file.delimiter,
    country: input.country,
    numberFormat: input.numberFormat,
    dateFormat: input.dateFormat,
  });
}

/** For the wizard's preview: how this mapping and these options read the draft's number and date columns. */
export async function describeImportReadings(ctx: Ctx, id: string, input: unknown): Promise<ColumnReading[]> {
  const file = await findImport(ctx, id);
  const run = parseImportRun(input, file.headers as string[]);
  const { defaultCountry } = await getOrgDefaults(ctx);
  return detectImportReadings({ file, ...run, country: defaultCountry });
}
