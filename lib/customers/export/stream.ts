import "server-only";
// Exports the customer list (its filters, search and sort, or the selected rows) as a streamed CSV
// or XLSX file: batches of ids by keyset, each batch loaded in a few queries, written, then dropped.
import { db, Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { customerIdBatches, selectionConditions, type CustomerBatchSelection } from "@/lib/customers/list-batches";
import {
  exportColumns,
  findExportColumn,
  internalNotesColumn,
  type ExportColumn,
  type ExportRow,
} from "@/lib/customers/export/columns";
import { customersCsvStream } from "@/lib/customers/export/csv";
import { loadExportRows } from "@/lib/customers/export/rows";
import type { ExportRequest } from "@/lib/customers/export/schemas";
import { xlsxStream } from "@/lib/customers/export/xlsx";
import { dayKey } from "@/lib/format";
import { getOrgTimeZone } from "@/lib/org-time-zone";

const EXPORT_BATCH_SIZE = 1_000;

export interface ExportOptions {
  batchSize?: number;
  /** Called after each batch is loaded, with its row count (progress, and tests of the batching). */
  onBatch?: (rows: number) => void;
  now?: Date;
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

const contentTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** The requested columns in the order asked (every field when none), internal notes last when asked for. */
function resolveColumns(request: ExportRequest): ExportColumn[] {
  const chosen = request.columns
    ? request.columns.flatMap((id) => findExportColumn(id) ?? []).filter((c) => c !== internalNotesColumn)
    : [...exportColumns];
  return request.internalNotes ? [...chosen, internalNotesColumn] : chosen;
}

/** The most live contacts any selected customer has: the CSV writes that many contact blocks. */
async function maxContactCount(ctx: Ctx, selection: CustomerBatchSelection): Promise<number> {
  const [row] = await db.$queryRaw<{ max: number }[]>`
    SELECT coalesce(max(n), 0)::int AS max FROM (
      SELECT count(*) AS n FROM contact
      WHERE organization_id = ${ctx.orgId} AND deleted_at IS NULL
        AND customer_id IN (SELECT id FROM customer WHERE ${Prisma.join(selectionConditions(ctx, selection), " AND ")})
      GROUP BY customer_id
    ) counts`;
  return row?.max ?? 0;
}

export async function exportCustomers(
  ctx: Ctx,
  request: ExportRequest,
  options: ExportOptions = {},
): Promise<ExportFile> {
  assertCan(ctx, "customer:export");
  if (request.internalNotes) assertCan(ctx, "customer:exportInternalNotes");
  const columns = resolveColumns(request);
  const selection: CustomerBatchSelection = { params: request.params, ...(request.ids && { ids: request.ids }) };
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  async function* rowBatches(allContacts: boolean): AsyncGenerator<ExportRow[]> {
    for await (const { ids } of customerIdBatches(ctx, selection, { batchSize, order: "list" })) {
      const rows = await loadExportRows(ctx, ids, allContacts);
      options.onBatch?.(rows.length);
      yield rows;
    }
  }
  // The organization's today: a file the server writes for the organization reads in its time zone.
  const date = dayKey(options.now ?? new Date(), { timeZone: await getOrgTimeZone(ctx) });
  const filename = `customers-${date}.${request.format}`;
  const body =
    request.format === "csv"
      ? customersCsvStream(
          columns,
          request.includeContacts ? await maxContactCount(ctx, selection) : 0,
          rowBatches(request.includeContacts),
        )
      : xlsxStream(columns, {
          customers: () => rowBatches(false),
          ...(request.includeContacts && { contacts: () => rowBatches(true) }),
        });
  return { filename, contentType: contentTypes[request.format], body };
}
