// What an export request asks for: the list's params (filters, search, sort), the format, the
// columns (ids) or the selected rows, contacts and internal notes. No server imports.
import { AppError, type FieldErrors } from "@/lib/errors";
import { splitValues, toParamsRecord, type SearchParamsRecord } from "@/lib/list-params";
import { parseCustomerListParams, type CustomerListParams } from "@/lib/customers/list-params";
import { exportColumnIds, internalNotesColumn } from "@/lib/customers/export/columns";
import { isUuid } from "@/lib/validation";

export const exportFormats = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Selected rows beyond this go through "all matching this filter" instead. */
export const maxExportIds = 10_000;

export interface ExportRequest {
  format: ExportFormat;
  params: CustomerListParams;
  /** Column ids in order; null = every field. */
  columns: string[] | null;
  ids: string[] | null;
  includeContacts: boolean;
  internalNotes: boolean;
}

const truthy = (value: unknown) => ["true", "1", "yes"].includes(splitValues(value)[0]?.toLowerCase() ?? "");

/** Reads `?format=&columns=&ids=&includeContacts=&include=internalNotes` plus the list params; bad values are a VALIDATION error. */
export function parseExportRequest(input: URLSearchParams | SearchParamsRecord): ExportRequest {
  const record = toParamsRecord(input);
  const errors: FieldErrors = {};
  const format = splitValues(record.format)[0] ?? "csv";
  if (!(exportFormats as readonly string[]).includes(format)) errors.format = ["Choose csv or xlsx"];
  const columns = splitValues(record.columns);
  const unknown = columns.filter((id) => !exportColumnIds.includes(id));
  if (unknown.length > 0) errors.columns = [`Unknown columns: ${unknown.join(", ")}`];
  const ids = splitValues(record.ids);
  if (ids.some((id) => !isUuid(id))) errors.ids = ["Each id must be a customer id (UUID)"];
  else if (ids.length > maxExportIds)
    errors.ids = [`Select at most ${maxExportIds} rows, or export all rows matching the filter`];
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", Object.values(errors)[0]![0]!, errors);
  const internalNotes =
    splitValues(record.include).includes("internalNotes") || columns.includes(internalNotesColumn.id);
  return {
    format: format as ExportFormat,
    params: parseCustomerListParams(record),
    columns: columns.length > 0 ? columns : null,
    ids: ids.length > 0 ? ids : null,
    includeContacts: truthy(record.includeContacts),
    internalNotes,
  };
}
