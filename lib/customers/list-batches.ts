import "server-only";
// Walks the customers a list view (or a set of ids) matches, one bounded batch of ids at a time, by
// keyset on (sort key, id): exports and bulk actions never hold the whole set, and a batch costs one
// indexed query however deep into the list it is.
import { db, Prisma } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { columnSort, type CustomerListParams } from "@/lib/customers/list-params";
import { customerListConditions, sortSql } from "@/lib/customers/search-page";
import type { CustomerSortColumn } from "@/lib/customers/options";

/** SQL type of each sort key, to compare the cursor value the way ORDER BY sorts it. */
const sortKeyTypes: Record<CustomerSortColumn, string> = {
  name: "citext",
  displayName: "citext",
  accountNumber: "citext",
  email: "citext",
  phone: "varchar",
  status: "customer_status",
  kind: "customer_kind",
  city: "citext",
  country: "bpchar",
  customerSince: "date",
  createdAt: "timestamptz",
  updatedAt: "timestamptz",
  lastActivity: "timestamptz",
  tier: "int",
  owner: "text",
};

/** Where the previous batch ended: its last row's sort key (as text), name and id. */
export interface BatchCursor {
  key: string | null;
  name?: string;
  id: string;
}

export interface CustomerBatchSelection {
  params: CustomerListParams;
  /** Just these customers (of the organization), in the list's sort order; the filters are ignored. */
  ids?: readonly string[];
}

export interface CustomerBatchOptions {
  batchSize: number;
  /** "list": the list's sort (exports); "id": creation order, stable while rows change (bulk edits). */
  order: "list" | "id";
  after?: BatchCursor | null;
}

export interface CustomerIdBatch {
  ids: string[];
  cursor: BatchCursor;
}

/** The selection's conditions: the organization and the ids, or the list's filters and search. */
export function selectionConditions(ctx: Ctx, selection: CustomerBatchSelection): Prisma.Sql[] {
  if (selection.ids) {
    return [Prisma.sql`organization_id = ${ctx.orgId}`, Prisma.sql`id = ANY(${[...selection.ids]}::uuid[])`];
  }
  return customerListConditions(ctx, selection.params);
}

/** How many customers the selection matches right now. */
export async function countSelection(ctx: Ctx, selection: CustomerBatchSelection): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM customer WHERE ${Prisma.join(selectionConditions(ctx, selection), " AND ")}`;
  return row?.count ?? 0;
}

/** Sort keys that can be NULL (a walk covers their NULL rows as a section of their own). */
const nullableKeys = new Set<CustomerSortColumn>([
  "displayName",
  "accountNumber",
  "email",
  "phone",
  "city",
  "country",
  "customerSince",
  "lastActivity",
  "tier",
  "owner",
]);

interface Order {
  key: { sql: Prisma.Sql; type: string; nullable: boolean; nullsFirst: boolean; thenByName: boolean } | null;
  desc: boolean;
  orderBy: Prisma.Sql;
}

/** The list's ORDER BY (lib/customers/search-page.ts), or creation (id) order. */
function orderOf(selection: CustomerBatchSelection, order: CustomerBatchOptions["order"]): Order {
  if (order === "id") return { key: null, desc: false, orderBy: Prisma.sql`id ASC` };
  const { column, direction } = columnSort(selection.params.sort);
  const desc = direction === "desc";
  const { key, nulls, thenByName } = sortSql(column, desc);
  const dir = Prisma.raw(desc ? "DESC" : "ASC");
  const orderBy = thenByName
    ? Prisma.sql`${key} ${dir} ${Prisma.raw(nulls)}, name ASC, id ASC`
    : Prisma.sql`${key} ${dir} ${Prisma.raw(nulls)}, id ${dir}`;
  // PostgreSQL's default puts NULLs last ascending and first descending.
  const nullsFirst = nulls === "NULLS FIRST" || (nulls === "" && desc);
  const nullable = nullableKeys.has(column);
  return { key: { sql: key, type: sortKeyTypes[column], nullable, nullsFirst, thenByName }, desc, orderBy };
}

type Section = "values" | "nulls";

/** The sections a walk goes through: non-NULL keys and NULL keys, in the order's NULL placement. */
function sectionsOf(order: Order): Section[] {
  if (!order.key?.nullable) return ["values"];
  return order.key.nullsFirst ? ["nulls", "values"] : ["values", "nulls"];
}

/**
 * Rows of `section` strictly after the cursor. Written as `k >= v AND (k > v OR tie)` (not an OR
 * across sections) so PostgreSQL seeks the sort key's index instead of rescanning every batch.
 */
function sectionConditions(order: Order, section: Section, cursor: BatchCursor | null): Prisma.Sql[] {
  const gt = Prisma.raw(order.desc ? "<" : ">");
  if (!order.key) return cursor ? [Prisma.sql`id > ${cursor.id}::uuid`] : [];
  const { sql: k, type, nullable, thenByName } = order.key;
  const tie = (c: BatchCursor) =>
    thenByName ? Prisma.sql`(name, id) > (${c.name ?? ""}::citext, ${c.id}::uuid)` : Prisma.sql`id ${gt} ${c.id}::uuid`;
  if (section === "nulls") return [Prisma.sql`${k} IS NULL`, ...(cursor ? [tie(cursor)] : [])];
  if (!cursor || cursor.key === null) return nullable ? [Prisma.sql`${k} IS NOT NULL`] : [];
  const value = Prisma.sql`${cursor.key}::${Prisma.raw(type)}`;
  const gte = Prisma.raw(order.desc ? "<=" : ">=");
  return [Prisma.sql`${k} ${gte} ${value}`, Prisma.sql`(${k} ${gt} ${value} OR ${tie(cursor)})`];
}

/** Yields the selection's ids batch by batch; each batch's cursor can resume the walk later. */
export async function* customerIdBatches(
  ctx: Ctx,
  selection: CustomerBatchSelection,
  options: CustomerBatchOptions,
): AsyncGenerator<CustomerIdBatch> {
  const order = orderOf(selection, options.order);
  const keyText = order.key ? Prisma.sql`(${order.key.sql})::text` : Prisma.sql`NULL::text`;
  const sections = sectionsOf(order);
  let cursor = options.after ?? null;
  // A cursor with a NULL key is in the NULL section (only list-order walks have one).
  let index = cursor && order.key?.nullable ? sections.indexOf(cursor.key === null ? "nulls" : "values") : 0;
  while (index < sections.length) {
    const conditions = [...selectionConditions(ctx, selection), ...sectionConditions(order, sections[index]!, cursor)];
    // Aliases must not shadow columns: ORDER BY would sort by the text alias, not the citext column.
    const rows = await db.$queryRaw<{ row_id: string; sort_key: string | null; tie_name: string }[]>`
      SELECT id::text AS row_id, ${keyText} AS sort_key, name::text AS tie_name FROM customer
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY ${order.orderBy} LIMIT ${options.batchSize}`;
    const last = rows.at(-1);
    if (last) {
      cursor = { key: last.sort_key, name: last.tie_name, id: last.row_id };
      yield { ids: rows.map((row) => row.row_id), cursor };
    }
    if (rows.length < options.batchSize) {
      index++;
      cursor = null;
    }
  }
}
