import "server-only";
// An import can grow its tables many times over (a new organization's first import of 100,000 customers
// into a nearly empty table), and the planner plans every batch's lookups from the statistics it had
// before: planned for 31 customers, the duplicate and match lookups scanned and hashed all of them
// (25 s a batch by 6,000 rows). Autovacuum refreshes them eventually when it runs at all (it is off on
// some servers, ours in CI among them), so the import refreshes them itself, each time its written rows
// double. ANALYZE needs the tables' owner: it runs as system work, outside the batch's transaction.
import { db } from "@/lib/db";
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

/** First refresh after this many written rows, then at every doubling. */
const FIRST_REFRESH_AT = 2_000;

export function analyzeTables(tables: readonly string[]): Promise<void> {
  return timed("refresh statistics", () =>
    runAsSystem(async () => {
      for (const table of tables) {
        const columns = GROWN_COLUMNS[table]?.map((column) => `"${column}"`).join(", ");
        await db.$executeRawUnsafe(`ANALYZE "${table}"${columns ? ` (${columns})` : ""}`);
      }
    }),
  );
}

/** Call after each batch with the rows written so far (this run); analyzes when they have doubled. */
export function statisticsRefresher(): (written: number) => Promise<void> {
  let next = FIRST_REFRESH_AT;
  return async (written) => {
    if (written < next) return;
    while (next <= written) next *= 2;
    await analyzeTables(GROWN_TABLES);
  };
}
