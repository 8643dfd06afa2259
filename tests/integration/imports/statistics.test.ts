// The import's own table upkeep (lib/imports/pipeline/statistics.ts): statistics refreshed as an import's
// rows double (at least every 100,000), and the customer table vacuumed where no autovacuum runs, so the
// duplicate lookup's postal-code probe reads its neighbours from the index alone.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDbHandle } from "@/lib/db/client";
import { nextRefreshAt, statisticsRefresher } from "@/lib/imports/pipeline/statistics";
import { makeCustomerRows, makeOrgWithRoles } from "@/tests/factories";

async function customerUpkeep() {
  const [row] = await db.$queryRawUnsafe<{ vacuums: number; analyzes: number }[]>(
    `SELECT (vacuum_count + autovacuum_count)::int AS vacuums, (analyze_count + autoanalyze_count)::int AS analyzes
     FROM pg_stat_user_tables WHERE relname = 'customer' AND schemaname = current_schema()`,
  );
  return row!;
}

describe("import statistics upkeep", () => {
  it("refreshes at every doubling of the written rows, then at least every 100,000", () => {
    const points = [nextRefreshAt(0)];
    while (points.length < 9) points.push(nextRefreshAt(points.at(-1)!));
    expect(points).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 228_000, 328_000]);
  });

  it("vacuums the customer table only where no autovacuum runs, and analyzes it either way", async () => {
    const { staff } = await makeOrgWithRoles();
    await makeCustomerRows(staff, 20);
    const [setting] = await db.$queryRawUnsafe<{ on: boolean }[]>(
      "SELECT current_setting('autovacuum')::boolean AS on",
    );
    const vacuumsHere = Boolean(getDbHandle().pglite) || !setting!.on;
    const before = await customerUpkeep();

    const refresh = statisticsRefresher();
    await refresh(1_999);
    expect(await customerUpkeep()).toEqual(before);
    await refresh(2_000);

    const after = await customerUpkeep();
    expect(after.analyzes).toBeGreaterThan(before.analyzes);
    if (vacuumsHere) expect(after.vacuums).toBeGreaterThan(before.vacuums);
    else expect(after.vacuums - before.vacuums).toBeLessThanOrEqual(1); // autovacuum's own, if it ran meanwhile
  });
});
