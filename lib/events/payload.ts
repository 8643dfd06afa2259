// What an event's `data` holds: the resource's row after the change, built in SQL (so single writes and
// set-based batches share it) with the privacy rules of lib/privacy/fields.ts applied — no sensitive
// (encrypted) field such as the internal notes, tax id or date of birth, and no derived search keys.
import { Prisma } from "@/lib/generated/prisma/client";
import { classifiedTables, derivedColumns, restName } from "@/lib/privacy/fields";
import type { EventResourceType } from "@/lib/events/types";

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Columns of a classified table an event may carry: not sensitive, not derived, not the tenant id. */
function publishedColumns(table: keyof typeof classifiedTables): string[] {
  return Object.entries(classifiedTables[table] as Record<string, { class: string }>)
    .filter(([column, { class: kind }]) => kind !== "sensitive" && !derivedColumns.has(column))
    .filter(([column]) => column !== "organization_id")
    .map(([column]) => column);
}

/** The field names (REST spelling) whose change an event may name: sensitive ones are left out. */

type Column = [field: string, expression: string];

const fromFields = (fields: Record<string, string>, skip: string[]): Column[] =>
  Object.keys(fields)
    .filter((field) => !skip.includes(field))
    .map((field) => [field, `t."${snake(field)}"`]);

/** Money as the REST resources send it: a two-decimal string, not a float. */
const customerColumn = (column: string): Column => [
  restName(column),
  column === "credit_limit" ? `t."credit_limit"::text` : `t."${column}"`,
];

const columnsOf: Record<EventResourceType, Column[]> = {
  customer: publishedColumns("customer").map(customerColumn),
  contact: publishedColumns("contact").map(customerColumn),
  asset_link: [
    ...fromFields(Prisma.AssetCustomerScalarFieldEnum, ["organizationId"]),
    // A consumer tells a vehicle from an aircraft without another request (customer.vehicle.added).
    ["assetKind", `(SELECT a.kind FROM asset a WHERE a.id = t.asset_id)`],
  ],
  work_order: fromFields(Prisma.WorkOrderScalarFieldEnum, ["organizationId", "searchText", "sequence"]),
  import: fromFields(Prisma.CustomerImportScalarFieldEnum, ["organizationId", "headers", "readings", "mapping"]),
};

/** The field names (REST spelling) an event may carry and name as changed: sensitive ones are left out. */
export const publishedFieldNames = Object.fromEntries(
  Object.entries(columnsOf).map(([type, columns]) => [type, new Set(columns.map(([field]) => field))]),
) as unknown as Record<EventResourceType, ReadonlySet<string>>;

const tableOf: Record<EventResourceType, string> = {
  customer: "customer",
  contact: "contact",
  asset_link: "asset_customer",
  work_order: "work_order",
  import: "import",
};

/** jsonb_build_object takes at most 100 arguments: wide rows are built in chunks and concatenated. */
function objectSql(columns: Column[]): string {
  const chunks: string[] = [];
  for (let i = 0; i < columns.length; i += 40) {
    const pairs = columns.slice(i, i + 40).map(([field, expression]) => `'${field}', ${expression}`);
    chunks.push(`jsonb_build_object(${pairs.join(", ")})`);
  }
  return chunks.join(" || ");
}

/**
 * A scalar subquery giving the resource's published fields as JSON (null when the row is gone), for the
 * event row `r` (its resource_id) of the organization in parameter `orgParam`.
 */
export function resourceDataSql(resourceType: EventResourceType, orgParam: string): string {
  return `(SELECT ${objectSql(columnsOf[resourceType])} FROM "${tableOf[resourceType]}" t WHERE t.id = r.resource_id AND t.organization_id = ${orgParam})`;
}
