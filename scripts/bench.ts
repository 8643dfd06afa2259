// `npm run bench [-- --count 100000 --iterations 200]`: seeds N customers into a benchmark
// organization of the configured database (bulk inserts) and one aircraft per ten customers (current
// owner links, a tenth of them ended), then reports p50/p95 latency of the list query (searches of
// every kind: one and two letters, broad, typo, phone digits, registration; filters, sort, a deep
// page) and loading one customer — through the data layer (lib/customers) next to the same SQL run
// directly on the driver, as a ratio.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { bulkInsert } from "@/lib/db/bulk-insert";
import { disconnectDb, getDbHandle } from "@/lib/db/client";
import { generateCustomers } from "@/lib/db/demo-data";
import { connectPg, wrapPglite, type SqlExecutor } from "@/lib/db/sql";
import { migrateDatabase } from "@/lib/db/setup";
import { getCustomer, listCustomers } from "@/lib/customers/queries";
import type { CustomerListParams } from "@/lib/customers/list-params";
import { parseCustomerSearch } from "@/lib/customers/search-match";
import { runSearchPage, searchPageStatements, type RunSql } from "@/lib/customers/search-page";
import { customerRowsForInsert } from "@/lib/customers/rows";
import { parseCustomerListParams } from "@/lib/customers/list-params";

const { values } = parseArgs({
  options: { count: { type: "string", default: "100000" }, iterations: { type: "string", default: "200" } },
});
const count = Number(values.count);
const customerCount = count;
const iterations = Number(values.iterations);
const BATCH = 1000;

async function ensureBenchOrg(sql: SqlExecutor): Promise<Ctx> {
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
async function ensureBenchAssets(sql: SqlExecutor, ctx: Ctx): Promise<void> {
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

/** The data layer's search statements for `params`, run on the bare driver, then the page's rows. */
async function directSearch(sql: SqlExecutor, ctx: Ctx, params: CustomerListParams) {
  const statements = searchPageStatements(ctx, params, parseCustomerSearch(params.q)!);
  const run: RunSql = (statement) => sql.query(statement.text, statement.values);
  const { ids } = await runSearchPage(run, statements, params.perPage);
  return sql.query(`SELECT ${LIST_COLUMNS} FROM customer WHERE id = ANY($1::uuid[])`, [ids]);
}

async function measure(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 10; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

const LIST_COLUMNS =
  "id, kind, name, display_name, account_number, email, phone, status, city, country, tags, updated_at, archived_at";

function directList(sql: SqlExecutor, orgId: string, opts: { status?: string; orderBy: string; offset: number }) {
  const where = ["organization_id = $1", "archived_at IS NULL", "merged_into_id IS NULL"];
  const params: unknown[] = [orgId];
  if (opts.status) where.push(`status = $${params.push(opts.status)}::customer_status`);
  const clause = where.join(" AND ");
  const page = `SELECT ${LIST_COLUMNS} FROM customer WHERE ${clause}`;
  return Promise.all([
    sql.query(`${page} ORDER BY ${opts.orderBy} LIMIT 25 OFFSET ${opts.offset}`, params),
    sql.query(`SELECT count(*)::int AS n FROM customer WHERE ${clause}`, params),
  ]);
}

async function main() {
  await migrateDatabase();
  const handle = getDbHandle();
  const sql = handle.pglite ? wrapPglite(handle.pglite) : await connectPg(handle.connectionString!);
  const ctx = await ensureBenchOrg(sql);
  const sample = await db.customer.findFirstOrThrow({
    where: { organizationId: ctx.orgId },
    skip: Math.floor(count / 2),
    select: { id: true },
  });
  await ensureBenchAssets(sql, ctx);
  const search = parseCustomerListParams({ q: "sky", status: "active", sort: "name" });
  const deepPage = parseCustomerListParams({ status: "active", sort: "-updatedAt", page: "40" });
  const phoneOf = await db.customer.findFirstOrThrow({
    where: { organizationId: ctx.orgId, phone: { startsWith: "+1" } },
    skip: Math.floor(count / 3),
    select: { phone: true },
  });
  // "+18655550142" typed as "865-555-0142".
  const typedPhone = phoneOf.phone!.slice(2).replace(/^(\d{3})(\d{3})/, "$1-$2-");
  const registration = `N${10000 + Math.floor(count / 20) + 1}`;
  const searches: [string, Record<string, string>][] = [
    ['search 1 letter: q="a"', { q: "a" }],
    ['search 2 letters: q="jo"', { q: "jo" }],
    ['search broad: q="air" (most rows)', { q: "air" }],
    ['search broad, sort=name: q="air"', { q: "air", sort: "name" }],
    ['search broad, page 200: q="air"', { q: "air", page: "200" }],
    ['search: q="summit"', { q: "summit" }],
    ['search typo: q="sumit air"', { q: "sumit air" }],
    [`search phone digits: q="${typedPhone}"`, { q: typedPhone }],
    [`search registration: q="${registration}"`, { q: registration }],
  ];

  const scenarios: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    ...searches.map(([name, query]): [string, () => Promise<unknown>, () => Promise<unknown>] => {
      const params = parseCustomerListParams(query);
      return [name, () => listCustomers(ctx, params), () => directSearch(sql, ctx, params)];
    }),
    ['list: q="sky", status=active, sort=name', () => listCustomers(ctx, search), () => directSearch(sql, ctx, search)],
    [
      "list: status=active, sort=-updatedAt, page 40",
      () => listCustomers(ctx, deepPage),
      () => directList(sql, ctx.orgId, { status: "active", orderBy: "updated_at DESC, id DESC", offset: 975 }),
    ],
    [
      "get one customer",
      () => getCustomer(ctx, sample.id),
      () => sql.query("SELECT * FROM customer WHERE id = $1 AND organization_id = $2", [sample.id, ctx.orgId]),
    ],
  ];

  for (const [name, query] of searches) {
    const { total, totalCapped, rows } = await listCustomers(ctx, parseCustomerListParams(query));
    console.log(`${name}: ${totalCapped ? `${total}+` : total} matches; first: ${rows[0]?.name ?? "—"}`);
  }
  const engine = handle.pglite ? "PGlite (embedded)" : "PostgreSQL server";
  console.log(`\n${engine}, ${count.toLocaleString()} customers, ${iterations} iterations each\n`);
  const header = ["scenario", "data layer p50", "p95", "direct SQL p50", "p95", "ratio p50"];
  const rows: string[][] = [];
  for (const [name, viaLib, direct] of scenarios) {
    const lib = await measure(viaLib);
    const raw = await measure(direct);
    rows.push([
      name,
      `${lib.p50.toFixed(2)} ms`,
      `${lib.p95.toFixed(2)} ms`,
      `${raw.p50.toFixed(2)} ms`,
      `${raw.p95.toFixed(2)} ms`,
      `${(lib.p50 / raw.p50).toFixed(2)}×`,
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log([line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));
  await sql.close();
}

await main();
await disconnectDb();
