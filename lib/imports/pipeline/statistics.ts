import "server-only";
// An import can grow its tables many times over (a new organization's first import of 100,000 customers
// into a nearly empty table), and the planner plans every batch's lookups from the statistics it had
// before: planned for 31 customers, the duplicate and match lookups scanned and hashed all of them
// (25 s a batch by 6,000 rows). Autovacuum refreshes them eventually when it runs at all (it is off on
// some servers, ours in CI among them, and embedded PGlite has none), so the import refreshes them itself,
// each time its written rows double (and at least every 100,000). Where no autovacuum runs it also vacuums
// the customer table: only a vacuum marks pages all-visible, and the duplicate lookup's postal-code probe
// reads its neighbours from the index alone only on such pages (lib/duplicates/queries.ts); elsewhere it
// fetches each neighbour's row, ~5 ms a draft in a postal code of 1,000 customers at a million. ANALYZE
// and VACUUM need the tables' owner: they run as system work, outside the batch's transaction.
import { db } from "@/lib/db";
import { getDbHandle } from "@/lib/db/client";
import { runAsSystem } from "@/lib/db/tenant-scope";
import { timed } from "@/lib/imports/pipeline/timings";

/**
 * The tables an import writes whose lookups later batches plan, and the columns those lookups filter
 * and join on (matching, the other unique key, duplicates, undo). Only these are analyzed: the customer
 * table's sixty columns took most of each refresh (its search text and arrays the longest).
 */
const GROWN_COLUMNS: Record<string, readonly string[]> = {
  customer: [
    "id",
    "organization_id",
    "account_number",
    "email",
    "merged_into_id",
    "erased_at",
    "name_key",
    "postal_key",
    "city",
    "website_domain",
    "email_keys",
    "phone_keys",
  ],
  contact: ["organization_id", "customer_id", "deleted_at"],
  import_row_result: ["import_id", "customer_id", "row_number"],
};
const GROWN_TABLES = Object.keys(GROWN_COLUMNS);

/** First refresh after this many written rows, then at every doubling, and at least every `REFRESH_EVERY`. */
const FIRST_REFRESH_AT = 2_000;
const REFRESH_EVERY = 100_000;

/** The written-row count of the refresh after one at `written`. */
export function nextRefreshAt(written: number): number {
  return Math.max(FIRST_REFRESH_AT, Math.min(written * 2, written + REFRESH_EVERY));
}

/** The table's looked-up columns, quoted for a column list: ` ("a", "b")`, or nothing for every column. */
function columnList(table: string): string {
  const columns = GROWN_COLUMNS[table];
  return columns ? ` (${columns.map((column) => `"${column}"`).join(", ")})` : "";
}

export function analyzeTables(tables: readonly string[]): Promise<void> {
  return timed("refresh statistics", () =>
    runAsSystem(async () => {
      for (const table of tables) {
        await db.$executeRawUnsafe(`ANALYZE "${table}"${columnList(table)}`);
      }
    }),
  );
}

/** Whether anything vacuums the tables without us: PGlite has no autovacuum; a server may have it off. */
async function autovacuumRuns(): Promise<boolean> {
  if (getDbHandle().pglite) return false;
  const [row] = await runAsSystem(() =>
    db.$queryRawUnsafe<{ on: boolean }[]>("SELECT current_setting('autovacuum')::boolean AS on"),
  );
  return row?.on ?? false;
}

/**
 * Marks the customer table's pages written since its last vacuum all-visible, and refreshes its
 * statistics: a heap pass over those pages only. Index cleanup is left to the regular vacuum (an import's
 * inserts leave nothing to clean; the updates' dead rows wait for it), no table truncation takes its
 * exclusive lock, and a vacuum already running elsewhere is not waited for.
 */
function vacuumCustomers(): Promise<void> {
  return timed("vacuum customers", () =>
    runAsSystem(async () => {
      await db.$executeRawUnsafe(
        `VACUUM (ANALYZE, INDEX_CLEANUP OFF, TRUNCATE false, SKIP_LOCKED) "customer"${columnList("customer")}`,
      );
    }),
  );
}

/** Call after each batch with the rows written so far (this run); refreshes when they have grown enough. */
export function statisticsRefresher(): (written: number) => Promise<void> {
  let next = FIRST_REFRESH_AT;
  let vacuums: Promise<boolean> | undefined;
  return async (written) => {
    if (written < next) return;
    while (next <= written) next = nextRefreshAt(next);
    vacuums ??= autovacuumRuns().then((runs) => !runs);
    if (await vacuums) {
      await vacuumCustomers();
      await analyzeTables(GROWN_TABLES.filter((table) => table !== "customer"));
    } else {
      await analyzeTables(GROWN_TABLES);
    }
  };
}
