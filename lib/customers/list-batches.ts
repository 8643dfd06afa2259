import "server-only";
// Walks the customers a list view (or a set of ids) matches, one bounded batch of ids at a time, by
// keyset on (sort key, id): exports and bulk actions never hold the whole set, and a batch costs one
// indexed query however deep into the list it is.
import { db, Prisma } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { CustomerListParams } from "@/lib/customers/list-params";
import { searchPatterns } from "@/lib/customers/queries";
import { customerListConditions, sortColumnSql } from "@/lib/customers/search-page";

/** SQL type of each plain sort column, to compare the cursor value the way ORDER BY sorts it. */
const sortColumnTypes: Partial<Record<string, { type: string; nullable: boolean }>> = {
  name: { type: "citext", nullable: false },
  displayName: { type: "citext", nullable: true },
  accountNumber: { type: "citext", nullable: true },
  email: { type: "citext", nullable: true },
  phone: { type: "varchar", nullable: true },
  status: { type: "customer_status", nullable: false },
  kind: { type: "customer_kind", nullable: false },
  city: { type: "citext", nullable: true },
  country: { type: "bpchar", nullable: true },
  createdAt: { type: "timestamptz", nullable: false },
  updatedAt: { type: "timestamptz", nullable: false },
};

/** Where the previous batch ended: its last row's sort key (as text) and id. */
export interface BatchCursor {
  key: string | null;
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
  return customerListConditions(ctx, selection.params, searchPatterns(selection.params.q));
}

/** How many customers the selection matches right now. */
export async function countSelection(ctx: Ctx, selection: CustomerBatchSelection): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM customer WHERE ${Prisma.join(selectionConditions(ctx, selection), " AND ")}`;
  return row?.count ?? 0;
}

function orderOf(selection: CustomerBatchSelection, order: CustomerBatchOptions["order"]) {
  const { column, direction } = selection.params.sort;
  const typed = sortColumnTypes[column];
  const sql = (sortColumnSql as Partial<Record<string, string>>)[column];
  const desc = direction === "desc";
  if (order === "id" || !typed || !sql) return { key: null, desc: order === "list" && desc };
  return { key: { sql: Prisma.raw(sql), ...typed }, desc };
}

type Order = ReturnType<typeof orderOf>;

/** Rows strictly after the cursor in ORDER BY key, id (PostgreSQL: NULLs last ascending, first descending). */
function afterCursor(order: Order, cursor: BatchCursor): Prisma.Sql {
  const id = Prisma.sql`id ${Prisma.raw(order.desc ? "<" : ">")} ${cursor.id}::uuid`;
  if (!order.key) return id;
  const { sql: column, type, nullable } = order.key;
  const cmp = Prisma.raw(order.desc ? "<" : ">");
  if (cursor.key === null) {
    return order.desc ? Prisma.sql`((${column} IS NULL AND ${id}) OR ${column} IS NOT NULL)` : Prisma.sql`(${column} IS NULL AND ${id})`;
  }
  const value = Prisma.sql`${cursor.key}::${Prisma.raw(type)}`;
  const after = Prisma.sql`${column} ${cmp} ${value} OR (${column} = ${value} AND ${id})`;
  return nullable && !order.desc ? Prisma.sql`(${after} OR ${column} IS NULL)` : Prisma.sql`(${after})`;
}

/** Yields the selection's ids batch by batch; each batch's cursor can resume the walk later. */
export async function* customerIdBatches(
  ctx: Ctx,
  selection: CustomerBatchSelection,
  options: CustomerBatchOptions,
): AsyncGenerator<CustomerIdBatch> {
  const order = orderOf(selection, options.order);
  const direction = Prisma.raw(order.desc ? "DESC" : "ASC");
  const orderBy = order.key ? Prisma.sql`${order.key.sql} ${direction}, id ${direction}` : Prisma.sql`id ${direction}`;
  const keyText = order.key ? Prisma.sql`${order.key.sql}::text` : Prisma.sql`NULL::text`;
  let cursor = options.after ?? null;
  for (;;) {
    const conditions = selectionConditions(ctx, selection);
    if (cursor) conditions.push(afterCursor(order, cursor));
    const rows = await db.$queryRaw<{ id: string; key: string | null }[]>`
      SELECT id::text AS id, ${keyText} AS key FROM customer
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY ${orderBy} LIMIT ${options.batchSize}`;
    const last = rows.at(-1);
    if (!last) return;
    cursor = { key: last.key, id: last.id };
    yield { ids: rows.map((row) => row.id), cursor };
    if (rows.length < options.batchSize) return;
  }
}
