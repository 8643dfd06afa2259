// Customer imports from CSV/XLSX: upload, run as a background job, follow progress, fix failed rows, undo.
import { z } from "zod";
import { nullableTimestamp, pageParam, timestamp, uuid } from "@/lib/openapi/common";
import { crudOperations } from "@/lib/openapi/crud";
import type { ResourceSpec } from "@/lib/openapi/registry";
import { dateOrders } from "@/lib/fields/read-date";
import { numberFormats } from "@/lib/fields/read-number";
import { dateFormatChoices, numberFormatChoices } from "@/lib/imports/map/readings";
import { columnMappingSchema, importMatchKeys, importModes } from "@/lib/imports/schemas";

const fileTypes = [
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/octet-stream",
];
const statuses = ["draft", "queued", "running", "completed", "failed", "cancelled", "undoing", "undone"] as const;
const jobStatuses = ["queued", "running", "completed", "failed", "cancelled"] as const;
const count = z.number().int().min(0);
const issue = z.object({
  column: z.string().nullable().describe("The file's header, or null for the whole row"),
  message: z.string(),
});
const filename = {
  name: "filename",
  description: "The file's name (its extension helps tell CSV from XLSX)",
  schema: z.string().max(255),
};
const readingBase = {
  column: z.number().int().min(0).describe("The file column (0-based)"),
  header: z.string(),
  reason: z.string().describe("Why this convention, in words (e.g. which value decided it)"),
  ambiguous: z
    .array(z.object({ value: z.string(), read: z.string() }))
    .describe("Up to 5 values the convention decided (another convention reads them differently), as read"),
  ambiguousCount: count,
};
const columnReading = z.discriminatedUnion("kind", [
  z.object({
    ...readingBase,
    kind: z.literal("number"),
    format: z.enum(numberFormats).describe("dot: 1,234.56; comma: 1.234,56"),
  }),
  z.object({
    ...readingBase,
    kind: z.literal("date"),
    format: z.enum(dateOrders).describe("dmy: 31.12.2026; mdy: 12/31/2026; ymd: 2026-12-31"),
  }),
]);
const numberFormatParam = {
  name: "numberFormat",
  description:
    "How numbers are written: auto (default: decided per column from the values, then a `;` delimiter means decimal comma, " +
    "then the organization's country), dot (1,234.56) or comma (1.234,56). It decides values both read differently, such as 1,000",
  schema: z.enum(numberFormatChoices),
};
const dateFormatParam = {
  name: "dateFormat",
  description:
    "How dates are written: auto (default: decided per column from the values, then the organization's country), " +
    "dmy (31.12.2026), mdy (12/31/2026) or ymd (2026-12-31). It decides values such as 1/3/2026",
  schema: z.enum(dateFormatChoices),
};
const limits = "Limits: `IMPORT_MAX_FILE_MB` (default 200; larger is a 413) and `IMPORT_MAX_ROWS` (default 1,000,000).";

/** Every operation takes `customer:import`; the app's own import pages call some with the session. */
const imports = crudOperations({
  schema: "Import",
  plural: "Imports",
  path: "/imports",
  read: "customer:import",
  write: "customer:import",
  versioned: false,
});

export const importsResource: ResourceSpec = {
  tag: "Imports",
  description:
    "Import customers from CSV (comma, semicolon, tab or pipe; UTF-8 with or without BOM, or Windows-1252) or XLSX. " +
    "Rows are validated like the customer form; a row repeated in the file is imported once (its last occurrence). " +
    "Managers and up. " +
    limits,
  schemas: {
    ColumnMapping: columnMappingSchema.describe(
      "Which file column (0-based) goes to which customer or contact field; `ignore` drops it",
    ),
    ImportUpload: z.object({
      id: uuid,
      filename: z.string(),
      byteSize: count,
      format: z.enum(["csv", "xlsx"]),
      delimiter: z.string().nullable(),
      encoding: z.string().nullable(),
      headers: z.array(z.string()),
      sampleRows: z.array(z.object({ rowNumber: z.number().int(), cells: z.array(z.string()) })),
      proposedMapping: z.array(columnMappingSchema),
    }),
    Import: z.object({
      id: uuid,
      filename: z.string(),
      byteSize: count,
      format: z.string(),
      delimiter: z.string().nullable(),
      encoding: z.string().nullable(),
      headers: z.array(z.string()),
      mapping: z.array(columnMappingSchema).nullable(),
      mode: z.enum(importModes).nullable(),
      matchOn: z.enum(importMatchKeys).nullable(),
      numberFormat: z.enum(numberFormatChoices).nullable(),
      dateFormat: z.enum(dateFormatChoices).nullable(),
      readings: z
        .array(columnReading)
        .nullable()
        .describe(
          "How each number and date column is read and why; decided from the file's first rows when it started",
        ),
      status: z.enum(statuses),
      phase: z
        .enum(["reading", "writing"])
        .nullable()
        .describe("While it runs: reading the file (counters start when writing begins), then writing rows"),
      rowsRead: z.number().int().min(0).nullable().describe("The last file row read so far (the header is row 1)"),
      total: count.nullable().describe("Data rows in the file, once read"),
      processed: count,
      created: count,
      updated: count,
      skipped: count.describe("Unchanged, repeated later in the file, or left alone by the mode"),
      failed: count,
      warnings: count,
      error: z.string().nullable().describe("Why the whole import failed (e.g. the file has too many rows)"),
      cancelRequested: z.boolean(),
      jobId: uuid.nullable(),
      undo: z
        .object({
          status: z.enum(jobStatuses),
          removed: count,
          restored: count,
          skipped: count.describe("Changed since the import, so left alone"),
          error: z.string().nullable(),
        })
        .nullable(),
      startedAt: nullableTimestamp,
      finishedAt: nullableTimestamp,
      createdAt: timestamp,
    }),
    ImportIssue: z.object({
      rowNumber: z.number().int(),
      severity: z.enum(["error", "warning"]),
      messages: z.array(issue),
    }),
  },
  operations: [
    imports.list({
      session: true,
      summary: "List customer imports",
      description: "Newest first.",
      query: [
        pageParam,
        { name: "perPage", description: "Rows per page (10, 25, 50 or 100)", schema: z.number().int().default(25) },
      ],
      paged: true,
      success: "A page of imports",
    }),
    {
      operationId: "importCustomers",
      method: "post",
      path: "/imports/customers",
      permission: "customer:import",
      summary: "Import customers from a file in one call",
      description:
        "Send the file as the raw body. The mapping defaults to the one proposed from the headers. The import runs in the " +
        "background: poll `GET /imports/{id}`.",
      fileBody: fileTypes,
      query: [
        filename,
        { name: "mode", description: "create, update or upsert (default)", schema: z.enum(importModes) },
        { name: "matchOn", description: "accountNumber (default) or email", schema: z.enum(importMatchKeys) },
        numberFormatParam,
        dateFormatParam,
        { name: "mapping", description: "JSON list of ColumnMapping", schema: z.string() },
      ],
      success: { status: 202, description: "The queued import", schema: "Import" },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "PAYLOAD_TOO_LARGE", "VALIDATION"],
    },
    {
      operationId: "uploadCustomerImport",
      method: "post",
      path: "/imports/customers/uploads",
      permission: "customer:import",
      session: true,
      summary: "Upload a file as a draft import",
      description:
        "Answers the headers, the first 20 rows and a proposed mapping; start it from the app's import wizard.",
      fileBody: fileTypes,
      query: [filename],
      success: { status: 201, description: "The draft import", schema: "ImportUpload" },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "PAYLOAD_TOO_LARGE", "VALIDATION"],
    },
    imports.get({ session: true, summary: "Get an import's status and counters", success: "The import" }),
    imports.action("cancel", {
      summary: "Cancel a queued or running import",
      description: "It stops after the batch in progress; rows already committed stay (undo removes them).",
      success: "The import",
    }),
    imports.action("undo", {
      summary: "Undo an import",
      description:
        "In the background: customers it created are removed and customers it updated restored — except those changed " +
        "since, which are left alone and counted in `undo.skipped`.",
      success: { status: 202, description: "The import, undoing", schema: "Import" },
    }),
    {
      operationId: "listImportIssues",
      method: "get",
      path: "/imports/{id}/issues",
      permission: "customer:import",
      session: true,
      summary: "List an import's failed rows and warnings",
      query: [
        { name: "severity", description: "error or warning (default both)", schema: z.enum(["error", "warning"]) },
        pageParam,
        { name: "perPage", description: "Rows per page, up to 500", schema: z.number().int().default(100) },
      ],
      success: { status: 200, description: "A page of issues, in file order", schema: "ImportIssue", shape: "page" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"],
    },
    {
      operationId: "downloadImportErrors",
      method: "get",
      path: "/imports/{id}/errors.csv",
      permission: "customer:import",
      session: true,
      summary: "Download the failed rows as CSV",
      description:
        "The file's columns with each failed row as uploaded, plus an `error` column; cells that a spreadsheet would run as a formula start with '.",
      success: { status: 200, description: "The CSV file", files: ["text/csv"] },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"],
    },
  ],
};
