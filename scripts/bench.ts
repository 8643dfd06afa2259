// `npm run bench [-- --count 100000 --iterations 200]`: seeds N customers into a benchmark
// organization of the configured database (bulk inserts), then reports p50/p95 latency of the list
// query (search + filter + sort), a deep page, and loading one customer — through the data layer
// (lib/customers) next to the equivalent SQL run directly on the driver, as a ratio.
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
import { customerRowsForInsert } from "@/lib/customers/rows";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { normalizeSearchTerm } from "@/lib/search-text";

const { values } = parseArgs({
  options: { count: { type: "string", default: "100000" }, iterations: { type: "string", default: "200" } },
});
const count = Number(values.count);
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

function directList(
  sql: SqlExecutor,
  orgId: string,
  opts: { like?: string; status?: string; orderBy: string; offset: number },
) {
  const where = ["organization_id = $1", "archived_at IS NULL"];
  const params: unknown[] = [orgId];
  if (opts.status) where.push(`status = $${params.push(opts.status)}::customer_status`);
  if (opts.like) where.push(`search_text LIKE $${params.push(`%${opts.like}%`)}`);
  const clause = where.join(" AND ");
  // Searches materialize their matches before sorting, exactly as lib/customers/search-page.ts does.
  const page = opts.like
    ? `WITH m AS MATERIALIZED (SELECT ${LIST_COLUMNS} FROM customer WHERE ${clause}) SELECT * FROM m`
    : `SELECT ${LIST_COLUMNS} FROM customer WHERE ${clause}`;
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
  const search = parseCustomerListParams({ q: "sky", status: "active", sort: "name" });
  const deepPage = parseCustomerListParams({ status: "active", sort: "-updatedAt", page: "40" });

  const scenarios: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    [
      'list: q="sky", status=active, sort=name',
      () => listCustomers(ctx, search),
      () =>
        directList(sql, ctx.orgId, {
          like: normalizeSearchTerm("sky").text,
          status: "active",
          orderBy: "name ASC, id ASC",
          offset: 0,
        }),
    ],
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
