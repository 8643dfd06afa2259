// Several app instances may start at once against one PostgreSQL server: the advisory lock must
// make their migration runs queue up so each migration is applied exactly once.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { connectPg } from "@/lib/db/sql";

const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(serverUrl)("migration runner across processes", () => {
  it("applies each migration once when four runners start together", async () => {
    const name = `chub_mig_${randomBytes(6).toString("hex")}`;
    const admin = await connectPg(serverUrl!);
    await admin.exec(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    const runners = await Promise.all(Array.from({ length: 4 }, () => connectPg(url.toString())));
    try {
      const results = await Promise.all(runners.map((sql) => migrate(sql)));
      const appliedCounts = results.map((r) => r.applied.length).sort();
      expect(appliedCounts.slice(0, 3)).toEqual([0, 0, 0]);
      expect(appliedCounts[3]).toBeGreaterThan(0);
      const rows = await runners[0]!.query<{ migration_name: string; n: number }>(
        `SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1`,
      );
      expect(rows.every((r) => r.n === 1)).toBe(true);
    } finally {
      await Promise.all(runners.map((sql) => sql.close()));
      await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.close();
    }
  });
});
