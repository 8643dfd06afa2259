import "server-only";
// The customer list's filters as SQL conditions, and one page of ids in the list's order. For a text
// search the match set is materialized first (trigram index) and only then sorted: given a LIMIT,
// PostgreSQL otherwise walks the sort column's index and filters row by row, which takes ~70 ms on
// 100k customers when the matches sort late ("sky…").
import { db, Prisma } from "@/lib/db";
import type { CustomerListParams } from "@/lib/customers/list-params";
import type { CustomerSortColumn } from "@/lib/customers/options";
import type { Ctx } from "@/lib/auth/context";
import { findGroupedPageIds } from "@/lib/customers/group-page";
import { advancedFilterConditions } from "@/lib/customers/filter-conditions";

/**
 * The list's `?owner=` as the owner id to match (null = unowned): "me" is the acting user (an API key
 * without one matches nobody), "none" is unowned.
 */
function resolveOwnerFilter(ctx: Ctx, owner: string): string | null {
  if (owner === "none") return null;
  if (owner === "me") return ctx.userId ?? "";
  return owner;
}

type PlainSortColumn = Exclude<CustomerSortColumn, "lastActivity" | "tier" | "owner">;

/** Sort columns that are plain `customer` columns in PostgreSQL's default NULL order (indexed). */
const sortColumnSql: Record<PlainSortColumn, string> = {
  name: "name",
  displayName: "display_name",
  accountNumber: "account_number",
  email: "email",
  phone: "phone",
  status: "status",
  kind: "kind",
  city: "city",
  country: "country",
  customerSince: "customer_since",
  createdAt: "created_at",
  updatedAt: "updated_at",
};

/** Same LIKE patterns as the Prisma path: `contains` of the escaped term. */
function likeAny(patterns: string[]): Prisma.Sql {
  return Prisma.join(
    patterns.map((p) => Prisma.sql`search_text LIKE ${`%${p}%`}`),
    " OR ",
  );
}

/** `$1::type, $2::type…`: scalar parameters (array ones are not portable across drivers) of the column's type. */
function typedList(values: readonly string[], type: "uuid" | "customer_status" | "customer_kind"): Prisma.Sql {
  return Prisma.join(values.map((value) => Prisma.sql`${value}::${Prisma.raw(type)}`));
}

/** The tier (`none` = no tier) and owner filters. */
function ownershipConditions(ctx: Ctx, params: CustomerListParams): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  const tierIds = params.tier.filter((tier) => tier !== "none");
  if (params.tier.length > 0) {
    const byId = tierIds.length > 0 ? Prisma.sql`tier_id IN (${typedList(tierIds, "uuid")})` : Prisma.sql`FALSE`;
    conditions.push(params.tier.includes("none") ? Prisma.sql`(${byId} OR tier_id IS NULL)` : byId);
  }
  if (params.owner !== null) {
    const owner = resolveOwnerFilter(ctx, params.owner);
    conditions.push(owner === null ? Prisma.sql`owner_id IS NULL` : Prisma.sql`owner_id = ${owner}`);
  }
  return conditions;
}

/** The list's filters (and search, when `patterns` is not empty) as SQL conditions on `customer`. */
export function customerListConditions(ctx: Ctx, params: CustomerListParams, patterns: string[]): Prisma.Sql[] {
  // Merged customers (tombstones) are in no list, count, stats, export or bulk selection.
  const conditions: Prisma.Sql[] = [Prisma.sql`organization_id = ${ctx.orgId}`, Prisma.sql`merged_into_id IS NULL`];
  if (patterns.length > 0) conditions.push(Prisma.sql`(${likeAny(patterns)})`);
  // Parameters are cast to the column types (never the columns to text), so indexes on them apply.
  if (params.status.length > 0) conditions.push(Prisma.sql`status IN (${typedList(params.status, "customer_status")})`);
  if (params.kind.length > 0) conditions.push(Prisma.sql`kind IN (${typedList(params.kind, "customer_kind")})`);
  if (params.tag.length > 0 && params.tagMode === "any") conditions.push(Prisma.sql`tags && ${params.tag}::text[]`);
  if (params.archived === "exclude") conditions.push(Prisma.sql`archived_at IS NULL`);
  if (params.archived === "only") conditions.push(Prisma.sql`archived_at IS NOT NULL`);
  conditions.push(...ownershipConditions(ctx, params), ...advancedFilterConditions(ctx, params));
  return conditions;
}

export interface SortSql {
  key: Prisma.Sql;
  /** NULLS placement and tie-breakers after the key's direction. */
  nulls: "" | "NULLS FIRST" | "NULLS LAST";
  thenByName: boolean;
}

/**
 * How each sort column orders `customer` rows. Never-active customers count as the oldest (one index
 * serves both directions); customers without a tier or owner come last either way, then by name.
 */
export function sortSql(column: CustomerSortColumn, desc: boolean): SortSql {
  switch (column) {
    case "lastActivity":
      return { key: Prisma.sql`last_activity_at`, nulls: desc ? "NULLS LAST" : "NULLS FIRST", thenByName: false };
    case "tier":
      return {
        key: Prisma.sql`(SELECT t.level FROM customer_tier t WHERE t.id = customer.tier_id)`,
        nulls: "NULLS LAST",
        thenByName: true,
      };
    case "owner":
      return {
        key: Prisma.sql`(SELECT u.name FROM "user" u WHERE u.id = customer.owner_id)`,
        nulls: "NULLS LAST",
        thenByName: true,
      };
    default:
      return { key: Prisma.raw(sortColumnSql[column]), nulls: "", thenByName: false };
  }
}

/** One page of the ids the list's filters (and search, when `patterns` is not empty) match, in its order. */
export async function findPageIds(ctx: Ctx, params: CustomerListParams, patterns: string[]): Promise<string[]> {
  const conditions = Prisma.join(customerListConditions(ctx, params, patterns), " AND ");
  const desc = params.sort.direction === "desc";
  const { key, nulls, thenByName } = sortSql(params.sort.column, desc);
  const direction = Prisma.raw(desc ? "DESC" : "ASC");
  // Qualified: the bare `id` in ORDER BY would be the text output column, which no index serves.
  const order = (sortKey: Prisma.Sql, table: Prisma.Sql) =>
    thenByName
      ? Prisma.sql`${sortKey} ${direction} ${Prisma.raw(nulls)}, ${table}.name ASC, ${table}.id ASC`
      : Prisma.sql`${sortKey} ${direction} ${Prisma.raw(nulls)}, ${table}.id ${direction}`;
  const limit = Prisma.sql`LIMIT ${params.perPage} OFFSET ${(params.page - 1) * params.perPage}`;
  if (patterns.length > 0) {
    const rows = await db.$queryRaw<{ id: string }[]>`
      WITH matches AS MATERIALIZED (
        SELECT id, name, ${key} AS sort_key FROM customer WHERE ${conditions}
      )
      SELECT matches.id::text AS id FROM matches ORDER BY ${order(Prisma.sql`sort_key`, Prisma.sql`matches`)} ${limit}`;
    return rows.map((row) => row.id);
  }
  const grouped = await findGroupedPageIds(ctx, params, conditions);
  if (grouped) return grouped;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT customer.id::text AS id FROM customer WHERE ${conditions}
    ORDER BY ${order(key, Prisma.sql`customer`)} ${limit}`;
  return rows.map((row) => row.id);
}

/** How many customers the list's filters (and search) match. */
export async function countMatches(ctx: Ctx, params: CustomerListParams, patterns: string[]): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM customer WHERE ${Prisma.join(customerListConditions(ctx, params, patterns), " AND ")}`;
  return row?.count ?? 0;
}
