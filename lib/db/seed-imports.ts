// The demo import history: an ERP export that created the "ERP import" customers (undoable, as a real
// run would be), a DATEV export with two failed rows, and a trade-show list that was undone.
import { randomUUID } from "node:crypto";
import type { Prisma, Tx } from "@/lib/db";
import type { DemoCustomer } from "@/lib/db/demo-data";
import { IMPORT_JOB, UNDO_IMPORT_JOB } from "@/lib/imports/jobs";

const DAY = 86_400_000;
const headers = ["Customer no.", "Name", "Email", "Phone", "City", "Country", "Source"];
const mapping = [
  { column: 0, header: "Customer no.", target: "accountNumber" },
  { column: 1, header: "Name", target: "name" },
  { column: 2, header: "Email", target: "email" },
  { column: 3, header: "Phone", target: "phone" },
  { column: 4, header: "City", target: "city" },
  { column: 5, header: "Country", target: "country" },
  { column: 6, header: "Source", target: "source" },
];

interface DemoImport {
  filename: string;
  daysAgo: number;
  mode: "create" | "upsert";
  counts: { created: number; updated: number; failed: number };
  /** Customers the run created, for its undo. */
  createdCustomerIds: string[];
  failedRows: { cells: string[]; messages: { column: string | null; message: string }[] }[];
  undone: boolean;
}

export async function seedImports(
  tx: Tx,
  orgId: string,
  actorId: string,
  customers: readonly DemoCustomer[],
  customerIds: readonly string[],
  now: Date,
) {
  const fromErp = customerIds.filter((_, i) => customers[i]!.source === "ERP import");
  const plans: DemoImport[] = [
    {
      filename: "erp-customer-export.csv",
      daysAgo: 120,
      mode: "create",
      counts: { created: fromErp.length, updated: 0, failed: 0 },
      createdCustomerIds: fromErp,
      failedRows: [],
      undone: false,
    },
    {
      filename: "datev-debitoren.csv",
      daysAgo: 41,
      mode: "upsert",
      counts: { created: 0, updated: Math.min(12, customers.length), failed: 2 },
      createdCustomerIds: [],
      failedRows: [
        {
          cells: ["C900101", "Hangar 9 Avionics", "info@hangar9", "", "Knoxville", "US", "DATEV"],
          messages: [{ column: "Email", message: "Enter a valid email address" }],
        },
        {
          cells: ["C900102", "", "billing@ridgeline.example", "+18655550143", "Asheville", "US", "DATEV"],
          messages: [{ column: "Name", message: "Name is required" }],
        },
      ],
      undone: false,
    },
    {
      filename: "trade-show-leads.xlsx",
      daysAgo: 12,
      mode: "create",
      counts: { created: 5, updated: 0, failed: 0 },
      createdCustomerIds: [],
      failedRows: [],
      undone: true,
    },
  ];

  const files = plans.map((plan) => {
    const at = new Date(now.getTime() - plan.daysAgo * DAY);
    const finishedAt = new Date(at.getTime() + 40_000);
    const total = plan.counts.created + plan.counts.updated + plan.counts.failed;
    const job = {
      id: randomUUID(),
      organizationId: orgId,
      kind: IMPORT_JOB,
      status: "completed" as const,
      total,
      processed: total,
      ...plan.counts,
      createdById: actorId,
      startedAt: at,
      finishedAt,
      createdAt: at,
      updatedAt: finishedAt,
    };
    const undoAt = new Date(finishedAt.getTime() + 3_600_000);
    const undo = plan.undone
      ? {
          id: randomUUID(),
          organizationId: orgId,
          kind: UNDO_IMPORT_JOB,
          status: "completed" as const,
          total: plan.counts.created,
          processed: plan.counts.created,
          created: plan.counts.created,
          createdById: actorId,
          startedAt: undoAt,
          finishedAt: undoAt,
          createdAt: undoAt,
          updatedAt: undoAt,
        }
      : null;
    return { plan, at, job, undo, id: randomUUID(), format: plan.filename.endsWith(".xlsx") ? "xlsx" : "csv" };
  });

  await tx.job.createMany({
    data: files.flatMap(({ job, undo, id }) =>
      [job, undo].flatMap((row) => (row ? [{ ...row, params: { importId: id } }] : [])),
    ),
  });
  await tx.customerImport.createMany({
    data: files.map(({ plan, at, job, undo, id, format }) => ({
      id,
      organizationId: orgId,
      filename: plan.filename,
      contentType: format === "csv" ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      byteSize: 180 + 96 * (plan.counts.created + plan.counts.updated + plan.counts.failed),
      chunkCount: 0,
      format,
      delimiter: format === "csv" ? "," : null,
      encoding: format === "csv" ? "utf-8" : null,
      headers,
      mapping: mapping as Prisma.InputJsonArray,
      mode: plan.mode,
      matchOn: "accountNumber",
      numberFormat: "auto",
      dateFormat: "auto",
      jobId: job.id,
      undoJobId: undo?.id ?? null,
      createdById: actorId,
      createdAt: at,
      updatedAt: at,
    })),
  });
  await tx.importRowResult.createMany({
    data: files.flatMap(({ plan, id }) =>
      plan.createdCustomerIds.map((customerId, i) => ({
        importId: id,
        rowNumber: i + 2,
        customerId,
        action: "created",
        versionAfter: 1,
      })),
    ),
  });
  await tx.importRowIssue.createMany({
    data: files.flatMap(({ plan, id }) =>
      plan.failedRows.map((row, i) => ({
        importId: id,
        rowNumber: plan.counts.created + plan.counts.updated + i + 2,
        severity: "error",
        messages: row.messages,
        cells: row.cells,
      })),
    ),
  });
  return files.length;
}
