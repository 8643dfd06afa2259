// The benchmarks' data set (npm run bench, npm run bench:load): a `bench-<count>` organization with `count`
// generated customers (bulk inserts) and one aircraft per ten customers with current owner links.
import { randomUUID } from "node:crypto";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { bulkInsert } from "@/lib/db/bulk-insert";
import { generateCustomers } from "@/lib/db/demo-data";
import type { SqlExecutor } from "@/lib/db/sql";
import { customerRowsForInsert } from "@/lib/customers/rows";

const BATCH = 1000;

/** The `bench-<count>` organization with `count` generated customers: reused when complete, else (re)seeded. */
export async function ensureBenchOrg(sql: SqlExecutor, count: number): Promise<Ctx> {
  const slug = `bench-${count}`;
  const existing = await db.organization.findUnique({ where: { slug }, select: { id: true } });
  if (existing && (await db.customer.count({ where: { organizationId: existing.id } })) === count) {
    console.log(`Reusing benchmark organization ${slug} (${count.toLocaleString()} customers).`);
    await sql.exec("VACUUM ANALYZE customer");
    return { orgId: existing.id, userId: null, role: "viewer", actor: "user" };
  }
  if (existing) await db.organization.delete({ where: { id: existing.id } });
  const org = await db.organization.create({ data: { id: randomUUID(), name: `Benchmark ${count}`, slug } });
  const started = performance.now();
  for (let start = 0; start < count; start += BATCH) {
    const batch = generateCustomers(Math.min(BATCH, count - start), 7, start);
    await bulkInsert(sql, "customer", customerRowsForInsert(org.id, batch, null));
    if ((start / BATCH) % 20 === 0)
      process.stdout.write(`\rSeeding ${start.toLocaleString()} / ${count.toLocaleString()}`);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\rSeeded ${count.toLocaleString()} customers in ${seconds.toFixed(1)} s (${Math.round(count / seconds).toLocaleString()} rows/s).`,
  );
  // Steady state: autovacuum would have run on a live database by now.
  await sql.exec("VACUUM ANALYZE customer");
  return { orgId: org.id, userId: null, role: "viewer", actor: "user" };
}

const aircraftMakes = ["Cessna 172S", "Piper PA-28", "Beechcraft A36", "Cirrus SR22", "Diamond DA40"];

/** One aircraft per ten customers, N10000…, each with a current owner (every tenth link ended), in SQL. */
export async function ensureBenchAssets(sql: SqlExecutor, ctx: Ctx, customerCount: number): Promise<void> {
  const [row] = await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM asset WHERE organization_id = $1", [
    ctx.orgId,
  ]);
  const count = Math.floor(customerCount / 10);
  if ((row?.n ?? 0) >= count) return;
  const started = performance.now();
  await sql.query(
    `WITH models(i, make, model) AS (SELECT i, split_part(m, ' ', 1), split_part(m, ' ', 2)
       FROM unnest($2::text[]) WITH ORDINALITY AS t(m, i))
     INSERT INTO asset (id, organization_id, kind, registration, make, model, search_text, updated_at)
     SELECT gen_random_uuid(), $1, 'aircraft', 'N' || (10000 + n), models.make, models.model,
            lower('n' || (10000 + n) || ' ' || models.make || ' ' || models.model), now()
     FROM generate_series(1, $3::int) AS n JOIN models ON models.i = 1 + n % 5`,
    [ctx.orgId, aircraftMakes, count],
  );
  // Owner of aircraft n: the customer with account number C<n * 7 mod count>.
  await sql.query(
    `INSERT INTO asset_customer (id, organization_id, asset_id, customer_id, status, is_primary, updated_at)
     SELECT gen_random_uuid(), $1, a.id, c.id, CASE WHEN n % 10 = 0 THEN 'former' ELSE 'current' END::asset_link_status,
            n % 10 <> 0, now()
     FROM (SELECT id, substr(registration, 2)::int - 10000 AS n FROM asset WHERE organization_id = $1) AS a
     JOIN customer c ON c.organization_id = $1 AND c.account_number = 'C' || lpad((1 + (a.n * 7) % $2::int)::text, 6, '0')`,
    [ctx.orgId, customerCount],
  );
  await sql.exec("VACUUM ANALYZE asset");
  await sql.exec("VACUUM ANALYZE asset_customer");
  console.log(`Seeded ${count.toLocaleString()} aircraft in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
