import "server-only";
// How many rows a list matches, without counting a huge result under load: exact up to LIST_COUNT_CAP,
// "10,000+" past it, or the planner's estimate ("about 1.2M") when it expects far more than the cap, so
// no list request reads more than LIST_COUNT_CAP + 1 rows to count. Pages reach LIST_COUNT_CAP rows deep
// (an OFFSET beyond that is never run): a longer list is narrowed with filters, or exported.
import { Prisma } from "@/lib/db";

export const LIST_COUNT_CAP = 10_000;

/**
 * Past this many rows by the planner's estimate, a list shows the estimate instead of counting: counting
 * up to the cap reads 10,001 rows only to say "10,000+". Half again the cap, so a list the planner
 * expects at about the cap is still counted (and then says "10,000+" or the exact number).
 */
const ESTIMATE_SKIP = 1.5 * LIST_COUNT_CAP;

export interface ListTotal {
  /** Exact; LIST_COUNT_CAP when `totalCapped`; the planner's estimate when `totalEstimated`. */
  total: number;
  /** More than LIST_COUNT_CAP rows match: `total` is a lower bound ("10,000+"). */
  totalCapped: boolean;
  /** `total` is the planner's estimate, which may be off either way ("about 1.2M"). */
  totalEstimated: boolean;
}

const exactTotal = (total: number): ListTotal => ({ total, totalCapped: false, totalEstimated: false });

/** Runs a statement and returns its rows: the data layer's client, or the benchmark's bare driver. */
export type RunSql = <T>(statement: Prisma.Sql) => Promise<T[]>;

/** The estimated rows of an `EXPLAIN (FORMAT JSON)` result (the drivers return its JSON parsed or as text). */
export function estimatedRows(rows: { "QUERY PLAN"?: unknown }[]): number {
  const raw = rows[0]?.["QUERY PLAN"];
  const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as [{ Plan?: { "Plan Rows"?: number } }] | undefined;
  return plan?.[0]?.Plan?.["Plan Rows"] ?? 0;
}

/** A count of up to LIST_COUNT_CAP + 1 rows as the list's total. */
export function cappedTotal(counted: number): ListTotal {
  return counted > LIST_COUNT_CAP
    ? { total: LIST_COUNT_CAP, totalCapped: true, totalEstimated: false }
    : exactTotal(counted);
}

/** How many pages a total spans, up to the pages that are reachable (LIST_COUNT_CAP rows). */
export function listPageCount(total: number, perPage: number): number {
  return Math.ceil(Math.min(total, LIST_COUNT_CAP) / perPage);
}

/** Whether a page starts within the reachable rows; a page past them is empty without querying. */
export function isReachablePage(page: number, perPage: number): boolean {
  return (page - 1) * perPage < LIST_COUNT_CAP;
}

/** The statements of a plain list's total: `estimate` an EXPLAIN of its rows, `count` them up to the cap. */
export interface ListCountStatements {
  estimate: Prisma.Sql;
  count: Prisma.Sql;
}

/** The statements counting `SELECT … FROM table WHERE conditions` (conditions joined with AND). */
export function listCountStatements(table: Prisma.Sql, conditions: Prisma.Sql): ListCountStatements {
  return {
    estimate: Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${table} WHERE ${conditions}`,
    count: Prisma.sql`SELECT count(*)::int AS count
      FROM (SELECT 1 FROM ${table} WHERE ${conditions} LIMIT ${LIST_COUNT_CAP + 1}) AS capped`,
  };
}

/**
 * A list's total from its statements, run by `run`, alongside its page (not waiting for it): the
 * planner's estimate when it expects more than ESTIMATE_SKIP rows, else the count up to the cap.
 */
export async function runListTotal(run: RunSql, statements: ListCountStatements): Promise<ListTotal> {
  const estimate = estimatedRows(await run(statements.estimate));
  if (estimate >= ESTIMATE_SKIP) return { total: Math.round(estimate), totalCapped: false, totalEstimated: true };
  const [row] = await run<{ count: number }>(statements.count);
  return cappedTotal(row?.count ?? 0);
}

/**
 * An estimated total checked against the page read with it: a page that comes back short ends the list,
 * so its total is exact after all; an empty page past the first says nothing, and is counted. (A page past
 * the reachable rows was not read: its estimate stands.)
 */
export async function settleListTotal(
  run: RunSql,
  statements: ListCountStatements,
  total: ListTotal,
  page: { page: number; perPage: number; rows: number },
): Promise<ListTotal> {
  const read = isReachablePage(page.page, page.perPage);
  if (!total.totalEstimated || !read || page.rows === page.perPage) return total;
  if (page.rows > 0 || page.page === 1) return exactTotal((page.page - 1) * page.perPage + page.rows);
  const [row] = await run<{ count: number }>(statements.count);
  return cappedTotal(row?.count ?? 0);
}
