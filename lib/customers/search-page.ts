import "server-only";
// The customer list's filters as SQL conditions, and one page of ids in the list's order. A search's
// matches (lib/customers/search-match.ts) are collected up to a cap, then counted and ranked or sorted
// together: given a LIMIT, PostgreSQL otherwise walks the sort column's index and filters row by row,
// which is slow when the matches are few and sort late ("sky…"). Past the cap, matches are plentiful
// and that walk is what is fast.
import { db, Prisma } from "@/lib/db";
import { columnSort, type CustomerListParams } from "@/lib/customers/list-params";
import type { CustomerSortColumn } from "@/lib/customers/options";
import type { Ctx } from "@/lib/auth/context";
import { findGroupedPageIds } from "@/lib/customers/group-page";
import {
  cappedTotal,
  estimatedRows,
  isReachablePage,
  listCountStatements,
  runListTotal,
  settleListTotal,
  type ListCountStatements,
  type ListTotal,
  type RunSql,
} from "@/lib/list-total";
import { advancedFilterConditions } from "@/lib/customers/filter-conditions";
import {
  SEARCH_COUNT_CAP,
  allExactMatches,
  parseCustomerSearch,
  searchCondition,
  searchFilter,
  searchHits,
  searchKey,
  similarity,
  textMatch,
  textTier,
  topTiers,
  type CustomerSearch,
} from "@/lib/customers/search-match";

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

/** The list's filters (and its search, unless `search: false`) as SQL conditions on `customer`. */
export function customerListConditions(
  ctx: Ctx,
  params: CustomerListParams,
  { search = true }: { search?: boolean } = {},
): Prisma.Sql[] {
  // Merged customers (tombstones) are in no list, count, stats, export or bulk selection.
  const conditions: Prisma.Sql[] = [Prisma.sql`organization_id = ${ctx.orgId}`, Prisma.sql`merged_into_id IS NULL`];
  const term = search ? parseCustomerSearch(params.q) : null;
  // Parameters are cast to the column types (never the columns to text), so indexes on them apply.
  if (params.status.length > 0) conditions.push(Prisma.sql`status IN (${typedList(params.status, "customer_status")})`);
  if (params.kind.length > 0) conditions.push(Prisma.sql`kind IN (${typedList(params.kind, "customer_kind")})`);
  if (params.tag.length > 0 && params.tagMode === "any") conditions.push(Prisma.sql`tags && ${params.tag}::text[]`);
  if (params.archived === "exclude") conditions.push(Prisma.sql`archived_at IS NULL`);
  if (params.archived === "only") conditions.push(Prisma.sql`archived_at IS NOT NULL`);
  conditions.push(...ownershipConditions(ctx, params), ...advancedFilterConditions(ctx, params));
  // The search last: its near-misses only count when nothing under the other filters matches exactly.
  if (term) conditions.push(searchCondition(ctx, term, Prisma.join(conditions, " AND ")));
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

/** A page of ids and how many match (exact, "10,000+" or, without a search, the planner's estimate). */
export type CustomerPage = { ids: string[] } & ListTotal;

/** ORDER BY for a column sort, on `table`'s columns (or the materialized `sort_key`). */
function columnOrder(params: CustomerListParams, sortKey?: Prisma.Sql, table = Prisma.raw("customer")): Prisma.Sql {
  const sort = columnSort(params.sort);
  const desc = sort.direction === "desc";
  const { key, nulls, thenByName } = sortSql(sort.column, desc);
  const direction = Prisma.raw(desc ? "DESC" : "ASC");
  // Qualified: the bare `id` in ORDER BY would be the text output column, which no index serves.
  return thenByName
    ? Prisma.sql`${sortKey ?? key} ${direction} ${Prisma.raw(nulls)}, ${table}.name ASC, ${table}.id ASC`
    : Prisma.sql`${sortKey ?? key} ${direction} ${Prisma.raw(nulls)}, ${table}.id ${direction}`;
}

const pageLimit = (params: CustomerListParams) =>
  Prisma.sql`LIMIT ${params.perPage} OFFSET ${(params.page - 1) * params.perPage}`;

const runOnDb: RunSql = (statement) => db.$queryRaw(statement);

/** The list's total without a search, as statements (the benchmark runs them on the bare driver too). */
export function plainCountStatements(ctx: Ctx, params: CustomerListParams): ListCountStatements {
  return listCountStatements(
    Prisma.raw("customer"),
    Prisma.join(customerListConditions(ctx, params, { search: false }), " AND "),
  );
}

/**
 * One page of the list without a search, and its total (lib/list-total.ts: exact up to the cap, else
 * the planner's estimate), counted alongside the page rather than before it.
 */
async function findPlainPage(ctx: Ctx, params: CustomerListParams): Promise<CustomerPage> {
  const conditions = Prisma.join(customerListConditions(ctx, params, { search: false }), " AND ");
  const counting = plainCountStatements(ctx, params);
  const readPage = async () =>
    (await findGroupedPageIds(ctx, params, conditions)) ??
    (
      await db.$queryRaw<{ id: string }[]>`
        SELECT customer.id::text AS id FROM customer WHERE ${conditions}
        ORDER BY ${columnOrder(params)} ${pageLimit(params)}`
    ).map((row) => row.id);
  const [ids, total] = await Promise.all([
    isReachablePage(params.page, params.perPage) ? readPage() : [],
    runListTotal(runOnDb, counting),
  ]);
  const { page, perPage } = params;
  return { ids, ...(await settleListTotal(runOnDb, counting, total, { page, perPage, rows: ids.length })) };
}

/** The columns a search page's order reads, collected with the matches (relevance: what its tiers test). */
function orderColumns(params: CustomerListParams): Prisma.Sql {
  if (params.sort.column === "relevance") {
    return Prisma.sql`, customer.name, customer.account_number, customer.email, customer.phone, customer.search_text,
      customer.name_key`;
  }
  return Prisma.sql`, customer.name, ${sortSql(columnSort(params.sort).column, false).key} AS sort_key`;
}

/**
 * A capped search's page in an explicit sort. The sort column's index is walked first, stopping at the
 * page's end or after a bounded number of rows: a broad term fills the page within them (q=air by name:
 * ~2,200 rows). When its matches sort later (q=sky by name: most of the index), they are collected
 * through the trigram index instead and sorted (every match, not only the first SEARCH_COUNT_CAP, so
 * the order is exact).
 */
function cappedSortedPage(ctx: Ctx, params: CustomerListParams, search: CustomerSearch, filters: Prisma.Sql) {
  const pageEnd = params.page * params.perPage;
  const bound = 4000 + 40 * pageEnd;
  const columns = orderColumns(params);
  const gated = Prisma.sql`${filters} AND NOT (SELECT walk_done.done FROM walk_done)`;
  return Prisma.sql`
    WITH walked AS MATERIALIZED (
      SELECT bounded.id, bounded.name, bounded.sort_key FROM (
        SELECT customer.id ${columns}, ${searchFilter(ctx, search)} AS hit FROM customer WHERE ${filters}
        ORDER BY ${columnOrder(params)} LIMIT ${bound}
      ) AS bounded WHERE bounded.hit LIMIT ${pageEnd}),
    walk_done AS (SELECT count(*) >= ${pageEnd} AS done FROM walked)
    SELECT ranked.id::text AS id FROM (
      SELECT walked.id, walked.name, walked.sort_key FROM walked WHERE (SELECT walk_done.done FROM walk_done)
      UNION ALL
      SELECT matched.id, matched.name, matched.sort_key FROM (${allExactMatches(ctx, gated, search, columns)} OFFSET 0) AS matched
    ) AS ranked
    ORDER BY ${columnOrder(params, Prisma.sql`ranked.sort_key`, Prisma.raw("ranked"))} ${pageLimit(params)}`;
}

/**
 * Past this many matches by the planner's estimate, a search skips counting them: counting up to the
 * cap reads 10,001 rows (40–150 ms at a million customers) only to say "10,000+". The estimate comes
 * from a 1,000-entry histogram of the search text (migration 20261207192000), within a few percent at
 * that size, so one and a half times the cap rarely turns an exact count into "10,000+" (and then only
 * for a term matching nearly as many); a page that comes back short shows the estimate was wrong, and
 * the search is counted after all.
 */
const SEARCH_ESTIMATE_SKIP = 1.5 * SEARCH_COUNT_CAP;

export interface SearchPageStatements {
  /** EXPLAIN of the customer's own text match under the filters: its estimated rows (assets only add to them). */
  estimate: Prisma.Sql;
  /** Up to SEARCH_COUNT_CAP + 1 matches, counted, and the page when that is all of them. */
  first: Prisma.Sql;
  /** The page in order without counting (null past the cap's last page). */
  capped: Prisma.Sql | null;
}

/**
 * A search's page, as its statements (the benchmark runs them on the bare driver too): `first`
 * collects up to SEARCH_COUNT_CAP + 1 matches with the columns their order reads (searchHits); when
 * that is all of them they are counted and ranked (or sorted) in the same statement. A broader term
 * answers "10,000+" and runs `capped` (null past the cap's last page), which walks indexes in order
 * (topTiers, or the sort column's index for a bounded stretch), so neither the count nor the order
 * touches every match of a broad term. A term the planner expects to match more than
 * SEARCH_ESTIMATE_FROM (`estimate`) goes to `capped` straight away.
 */
export function searchPageStatements(
  ctx: Ctx,
  params: CustomerListParams,
  search: CustomerSearch,
): SearchPageStatements {
  const filters = Prisma.join(customerListConditions(ctx, params, { search: false }), " AND ");
  const relevance = params.sort.column === "relevance";
  // `hits` carries the columns the order reads, named as on `customer`: the tiers read them from it.
  const ranked = relevance
    ? Prisma.sql`SELECT customer.id, coalesce(customer.asset_tier, ${textTier(search)}) AS tier,
        ${searchKey} AS key, customer.name_key FROM hits AS customer`
    : Prisma.sql`SELECT hits.id, hits.name, hits.sort_key FROM hits`;
  const order = relevance
    ? Prisma.sql`ranked.tier, CASE WHEN ranked.tier = 3 THEN -${similarity(search, Prisma.raw("ranked.name_key"))} END,
        ranked.key, ranked.id`
    : columnOrder(params, Prisma.sql`ranked.sort_key`, Prisma.raw("ranked"));
  const first = Prisma.sql`
    WITH ${searchHits(ctx, filters, search, orderColumns(params))},
    counted AS (SELECT count(*)::int AS total FROM hits)
    SELECT counted.total, page.id FROM counted LEFT JOIN LATERAL (
      SELECT ranked.id::text AS id FROM (${ranked}) AS ranked
      WHERE counted.total <= ${SEARCH_COUNT_CAP}
      ORDER BY ${order} ${pageLimit(params)}
    ) AS page ON TRUE`;
  const estimate = Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM customer WHERE ${filters} AND ${textMatch(search)}`;
  const pageEnd = params.page * params.perPage;
  if (pageEnd > SEARCH_COUNT_CAP) return { estimate, first, capped: null };
  const capped = relevance
    ? Prisma.sql`
        SELECT top.id::text AS id FROM (${topTiers(ctx, filters, search, pageEnd)}) AS top
        GROUP BY top.id ORDER BY min(top.tier), min(top.key), top.id ${pageLimit(params)}`
    : cappedSortedPage(ctx, params, search, filters);
  return { estimate, first, capped };
}

/**
 * From this many matches by the planner's estimate, a search does not count and rank every match to
 * answer one page: counting and ranking cost ~10 µs a match, which a hundred concurrent searches for a
 * common name cannot afford. Its page comes from `capped` (indexes walked in order), and its total is
 * the estimate ("about 2.4K"), or "10,000+" far past the cap.
 */
const SEARCH_ESTIMATE_FROM = 1_000;

/**
 * A search's page from its statements (searchPageStatements), run by `run`. A page that comes back short
 * shows the estimate was wrong, and the search is counted after all; a full page never ends an estimated
 * total (it says at least one more row).
 */
export async function runSearchPage(
  run: RunSql,
  statements: SearchPageStatements,
  { page, perPage }: { page: number; perPage: number },
): Promise<CustomerPage> {
  const { estimate, first, capped } = statements;
  const estimated = capped ? estimatedRows(await run(estimate)) : 0;
  if (capped && estimated >= SEARCH_ESTIMATE_FROM) {
    const ids = (await run<{ id: string }>(capped)).map((row) => row.id);
    if (ids.length === perPage && estimated >= SEARCH_ESTIMATE_SKIP)
      return { ids, ...cappedTotal(SEARCH_COUNT_CAP + 1) };
    if (ids.length === perPage) {
      const total = Math.max(Math.round(estimated), page * perPage + 1);
      return { ids, total, totalCapped: false, totalEstimated: true };
    }
  }
  const rows = await run<{ total: number; id: string | null }>(first);
  const total = rows[0]?.total ?? 0;
  if (total <= SEARCH_COUNT_CAP) return { ids: rows.flatMap((row) => (row.id ? [row.id] : [])), ...cappedTotal(total) };
  const pageRows = capped ? await run<{ id: string }>(capped) : [];
  return { ids: pageRows.map((row) => row.id), ...cappedTotal(total) };
}

async function findSearchPage(ctx: Ctx, params: CustomerListParams, search: CustomerSearch): Promise<CustomerPage> {
  return runSearchPage(runOnDb, searchPageStatements(ctx, params, search), params);
}

/** One page of the ids the list's filters and search match, in its order, and how many match. */
export async function findCustomerPage(ctx: Ctx, params: CustomerListParams): Promise<CustomerPage> {
  const search = parseCustomerSearch(params.q);
  return search ? findSearchPage(ctx, params, search) : findPlainPage(ctx, params);
}
