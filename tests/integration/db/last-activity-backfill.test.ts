// Migration customer_last_activity fills last_activity_at from each customer's newest existing
// activity (never-active customers stay NULL), on an empty embedded database.
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions } from "@/lib/db/pglite-extensions";
import { afterAll, beforeAll, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { wrapPglite } from "@/lib/db/sql";

const BACKFILL = "20261130100000_customer_last_activity";
let pglite: PGlite;

beforeAll(async () => {
  pglite = new PGlite("memory://", { extensions: pgliteExtensions });
});

afterAll(async () => {
  await pglite.close();
});

it("backfills last_activity_at from the newest activity of each customer", async () => {
  const sql = wrapPglite(pglite);
  const all = await readMigrations();
  await migrate(
    sql,
    all.filter((m) => m.name < BACKFILL),
  );
  const [active, quiet] = ["01900000-0000-7000-8000-000000000001", "01900000-0000-7000-8000-000000000002"];
  await sql.exec(`
    INSERT INTO organization (id, name, slug, "createdAt") VALUES ('org-1', 'Org', 'org', now());
    INSERT INTO customer (id, organization_id, name) VALUES ('${active}', 'org-1', 'Active'), ('${quiet}', 'org-1', 'Quiet');
    INSERT INTO activity (id, organization_id, customer_id, type, entity_type, entity_id, summary, created_at) VALUES
      ('01900000-0000-7000-8000-0000000000a1', 'org-1', '${active}', 'note', 'customer', '${active}', 'Old', '2026-01-02T03:04:05Z'),
      ('01900000-0000-7000-8000-0000000000a2', 'org-1', '${active}', 'note', 'customer', '${active}', 'New', '2026-06-07T08:09:10Z');
  `);
  await migrate(sql, all);
  const rows = await sql.query<{ name: string; last: Date | null }>(
    "SELECT name, last_activity_at AS last FROM customer ORDER BY name",
  );
  expect(rows.map((row) => [row.name, row.last && new Date(row.last).toISOString()])).toEqual([
    ["Active", "2026-06-07T08:09:10.000Z"],
    ["Quiet", null],
  ]);
});
