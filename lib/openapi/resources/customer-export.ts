// Customer export: the list (its filters, search, sort) or chosen rows as a CSV or XLSX download.
import { z } from "zod";
import { customerKinds, customerSortColumns, customerStatuses } from "@/lib/customers/options";
import { exportColumnIds, internalNotesColumn } from "@/lib/customers/export/columns";
import { exportFormats, maxExportIds } from "@/lib/customers/export/schemas";
import type { ResourceSpec } from "@/lib/openapi/registry";
import { advancedFilterParams } from "@/lib/openapi/resources/customers";

const sorts = customerSortColumns.flatMap((column) => [column, `-${column}`]);

export const customerExportResource: ResourceSpec = {
  tag: "Customer export",
  description:
    "Download customers as CSV (UTF-8 with BOM, CRLF) or XLSX, streamed. Text cells starting with = + - @, tab or CR " +
    "get a leading apostrophe so spreadsheets never run them as formulas.",
  schemas: {},
  operations: [
    {
      operationId: "exportCustomers",
      method: "get",
      path: "/customers/export",
      permission: "customer:export",
      stricter: [
        { query: "include", value: "internalNotes", permission: "customer:exportInternalNotes" },
        { query: "columns", value: internalNotesColumn.id, permission: "customer:exportInternalNotes" },
      ],
      session: true,
      summary: "Export customers",
      description:
        "Takes the list's filters, search and sort (`q`, `status`, `kind`, `tag`, `tier`, `owner`, `archived`, the " +
        "date ranges, `openWorkOrders`, `asset`, `marketingConsent`, `sort`; " +
        "`page`/`perPage` are ignored: every matching row is exported) or `ids`. Contacts: CSV adds a block of " +
        "`Contact N …` columns per contact (primary first); XLSX adds a Contacts sheet with one row per contact. " +
        "Internal notes only with `include=internalNotes` and a manager role. The browser session also works here.",
      query: [
        { name: "format", description: "File format (default csv)", schema: z.enum(exportFormats).default("csv") },
        {
          name: "columns",
          description: "Column ids in order; every field when omitted",
          schema: z.enum(exportColumnIds),
          list: true,
        },
        {
          name: "ids",
          description: `Just these customers (at most ${maxExportIds}); the filters are then ignored`,
          schema: z.uuid(),
          list: true,
        },
        {
          name: "includeContacts",
          description: "Add the customers' contacts",
          schema: z.enum(["true", "false"]).default("false"),
        },
        {
          name: "include",
          description: "`internalNotes` adds the staff-only notes (managers and above)",
          schema: z.enum(["internalNotes"]),
          list: true,
        },
        { name: "q", description: "Search text (accents and case ignored)", schema: z.string().max(200) },
        { name: "status", description: "Only these statuses", schema: z.enum(customerStatuses), list: true },
        { name: "kind", description: "Only companies or persons", schema: z.enum(customerKinds), list: true },
        { name: "tag", description: "Customers with any of these tags", schema: z.string(), list: true },
        { name: "tier", description: "Tier ids, or `none`", schema: z.string(), list: true },
        { name: "owner", description: "`me`, `none` or a user id", schema: z.string() },
        {
          name: "archived",
          description: "`exclude` (default), `include` or `only`",
          schema: z.enum(["exclude", "include", "only"]),
        },
        ...advancedFilterParams,
        { name: "sort", description: "Column, `-` prefix for descending (default `name`)", schema: z.enum(sorts) },
      ],
      success: {
        status: 200,
        description: "The file, named customers-YYYY-MM-DD.csv or .xlsx",
        files: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "VALIDATION"],
    },
  ],
};
