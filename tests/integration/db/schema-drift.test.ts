// Proves prisma/migrations and prisma/schema.prisma describe the same database: the SQL Prisma
// generates for the schema (Prisma 6.19's offline WASM engine, scripts/prisma-diff.mjs) and the
// migrations are applied to two empty databases whose catalogs must then be identical.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions } from "@/lib/db/pglite-extensions";
import { describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { connectPg, wrapPglite, type SqlExecutor } from "@/lib/db/sql";
import { catalogSnapshot } from "../../support/catalog";

const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function prismaSchemaSql(): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ["scripts/prisma-diff.mjs"], {
    env: { ...process.env, DIFF_DATABASE_URL: serverUrl },
    maxBuffer: 10 * 1024 * 1024,
  });
  return stdout;
}

async function withEmptyDatabase<T>(fn: (sql: SqlExecutor) => Promise<T>): Promise<T> {
  if (!process.env.TEST_DATABASE_URL) {
    const pglite = new PGlite("memory://", { extensions: pgliteExtensions });
    try {
      return await fn(wrapPglite(pglite));
    } finally {
      await pglite.close();
    }
  }
  const name = `chub_drift_${randomBytes(6).toString("hex")}`;
  const admin = await connectPg(serverUrl);
  await admin.exec(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const sql = await connectPg(url.toString());
  try {
    return await fn(sql);
  } finally {
    await sql.close();
    await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.close();
  }
}

describe("schema drift", () => {
  it("migrations produce exactly the schema that schema.prisma describes", async () => {
    const expectedSql = await prismaSchemaSql();
    expect(expectedSql).toContain('CREATE TABLE "customer"');

    const fromSchema = await withEmptyDatabase(async (sql) => {
      await sql.exec(expectedSql);
      return catalogSnapshot(sql);
    });
    const fromMigrations = await withEmptyDatabase(async (sql) => {
      await migrate(sql);
      return catalogSnapshot(sql);
    });

    expect(fromMigrations.tables).toContain("customer");
    expect(fromMigrations).toEqual(fromSchema);
  }, 120_000);

  it("detects a difference (the comparison can fail)", async () => {
    const snapshots = await withEmptyDatabase(async (sql) => {
      await migrate(sql);
      const before = await catalogSnapshot(sql);
      await sql.exec('CREATE INDEX "extra_idx" ON "customer" ("source")');
      return { before, after: await catalogSnapshot(sql) };
    });
    expect(snapshots.after).not.toEqual(snapshots.before);
  });
});
