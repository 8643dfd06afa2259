import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDbHandle } from "@/lib/db/client";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { connectPg, wrapPglite, type SqlExecutor } from "@/lib/db/sql";

async function executor(): Promise<SqlExecutor> {
  const handle = getDbHandle();
  return handle.pglite ? wrapPglite(handle.pglite) : connectPg(handle.connectionString!);
}

describe("migration runner", () => {
  it("has applied every migration once, with checksums", async () => {
    const migrations = await readMigrations();
    const rows = await db.$queryRaw<{ migration_name: string; checksum: string }[]>`
      SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    expect(rows.map((r) => r.checksum)).toEqual(migrations.map((m) => m.checksum));
  });

  it("is a no-op when run again", async () => {
    const sql = await executor();
    try {
      const result = await migrate(sql);
      expect(result.applied).toEqual([]);
      expect(result.skipped.length).toBeGreaterThan(0);
    } finally {
      await sql.close();
    }
  });

  it("refuses a migration edited after it was applied", async () => {
    const [first, ...rest] = await readMigrations();
    const sql = await executor();
    try {
      await expect(migrate(sql, [{ ...first!, checksum: "0".repeat(64) }, ...rest])).rejects.toThrow(
        /modified after it was applied/,
      );
    } finally {
      await sql.close();
    }
  });

  it("rolls back a failing migration entirely and records nothing", async () => {
    const sql = await executor();
    try {
      const broken = {
        name: "99999999999999_broken",
        sql: 'CREATE TABLE "should_not_exist" (id int); SELECT * FROM "no_such_table";',
        checksum: "f".repeat(64),
      };
      await expect(migrate(sql, [broken])).rejects.toThrow(/failed and was rolled back/);
      const tables = await sql.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'should_not_exist'",
      );
      expect(tables[0]!.n).toBe(0);
      const recorded = await sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = $1`,
        [broken.name],
      );
      expect(recorded[0]!.n).toBe(0);
    } finally {
      await sql.close();
    }
  });
});
