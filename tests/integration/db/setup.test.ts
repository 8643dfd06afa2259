import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bulkInsert } from "@/lib/db/bulk-insert";
import { getDbHandle } from "@/lib/db/client";
import { ensureDatabase, migrateDatabase } from "@/lib/db/setup";
import { connectPg, wrapPglite } from "@/lib/db/sql";
import { customerRowsForInsert } from "@/lib/customers/rows";
import { generateCustomers } from "@/lib/db/demo-data";
import { makeOrg } from "../../factories";

describe("database setup", () => {
  it("migrateDatabase finds nothing left to apply on a migrated database", async () => {
    const result = await migrateDatabase();
    expect(result.applied).toEqual([]);
    expect(result.skipped.length).toBeGreaterThanOrEqual(2);
  });

  it("ensureDatabase migrates once per process and seeds only when asked", async () => {
    process.env.SEED_ON_START = "false";
    try {
      const first = ensureDatabase();
      expect(ensureDatabase()).toBe(first);
      await first;
      expect(await db.organization.count({ where: { slug: "skyline-aviation" } })).toBe(0);
    } finally {
      delete process.env.SEED_ON_START;
    }
  });
});

describe("bulkInsert", () => {
  it("inserts validated customer rows in one statement, applying column defaults", async () => {
    const org = await makeOrg();
    const handle = getDbHandle();
    const sql = handle.pglite ? wrapPglite(handle.pglite) : await connectPg(handle.connectionString!);
    try {
      const rows = customerRowsForInsert(org.id, generateCustomers(250, 3), null);
      expect(await bulkInsert(sql, "customer", rows)).toBe(250);
      expect(await bulkInsert(sql, "customer", [])).toBe(0);
    } finally {
      await sql.close();
    }
    const stored = await db.customer.findMany({ where: { organizationId: org.id }, orderBy: { accountNumber: "asc" } });
    expect(stored).toHaveLength(250);
    expect(stored[0]).toMatchObject({ accountNumber: "C000001", version: 1, archivedAt: null });
    expect(stored[0]!.tags.length).toBeGreaterThan(0);
    expect(stored[0]!.searchText).toContain("c000001");
    expect(stored[0]!.createdAt).toBeInstanceOf(Date);
  });
});
