// `npm run bench [-- --count 100000 --iterations 200]`: seeds N customers into a benchmark
// organization of the configured database (bulk inserts) and one aircraft per ten customers (current
// owner links, a tenth of them ended), then reports p50/p95 latency of the list query (searches of
// every kind: one and two letters, broad, typo, phone digits, registration; filters, sort, a deep
// page) and loading one customer — through the data layer (lib/customers) next to the same SQL run
// directly on the driver, as a ratio.
import { parseArgs } from "node:util";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { disconnectDb, getDbHandle } from "@/lib/db/client";
import { connectPg, wrapPglite, type SqlExecutor } from "@/lib/db/sql";
import { migrateDatabase } from "@/lib/db/setup";
import { runInOrganization } from "@/lib/db/tenant-scope";
import { getCustomer, listCustomers } from "@/lib/customers/queries";
import type { CustomerListParams } from "@/lib/customers/list-params";
import { parseCustomerSearch } from "@/lib/customers/search-match";
import { runSearchPage, searchPageStatements } from "@/lib/customers/search-page";
import type { RunSql } from "@/lib/list-total";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { ensureBenchAssets, ensureBenchOrg } from "./bench-dataset";

const { values } = parseArgs({
  options: { count: { type: "string", default: "100000" }, iterations: { type: "string", default: "200" } },
});
const count = Number(values.count);
const iterations = Number(values.iterations);
/** The data layer's search statements for `params`, run on the bare driver, then the page's rows. */
async function directSearch(sql: SqlExecutor, ctx: Ctx, params: CustomerListParams) {
  const statements = searchPageStatements(ctx, params, parseCustomerSearch(params.q)!);
  const run: RunSql = (statement) => sql.query(statement.text, statement.values);
  const { ids } = await runSearchPage(run, statements, params);
  return sql.query(`SELECT ${LIST_COLUMNS} FROM customer WHERE id = ANY($1::uuid[])`, [ids]);
}

interface Timing {
  p50: number;
  p95: number;
}

/** Fisher–Yates. */
function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

interface Timed {
  run: () => Promise<unknown>;
  /** Untimed work before each run (e.g. leave the pooled connection in another organization's scope). */
  before?: () => Promise<unknown>;
}

/**
 * Times each of `fns` `iterations` times, interleaved in blocks of ten in a random order (so a busy moment of the
 * machine hits all alike, while consecutive runs of one keep their pooled connections as a steady stream of
 * requests would).
 */
async function measure(...fns: Timed[]): Promise<Timing[]> {
  for (let i = 0; i < 10; i++) for (const fn of fns) await fn.run();
  const samples = fns.map((): number[] => []);
  for (let i = 0; i < iterations; i += 10) {
    // A fresh order each round: whichever runs first after another's block pays for its cold caches.
    const order = shuffled([...fns.entries()]);
    for (const [j, fn] of order) {
      for (let k = 0; k < Math.min(10, iterations - i); k++) {
        await fn.before?.();
        const t = performance.now();
        await fn.run();
        samples[j]!.push(performance.now() - t);
      }
    }
  }
  return samples.map((s) => {
    s.sort((a, b) => a - b);
    const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
    return { p50: at(0.5), p95: at(0.95) };
  });
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
  const ctx = await ensureBenchOrg(sql, count);
  const sample = await db.customer.findFirstOrThrow({
    where: { organizationId: ctx.orgId },
    skip: Math.floor(count / 2),
    select: { id: true },
  });
  await ensureBenchAssets(sql, ctx, count);
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
  // The data layer as a request runs it (organization-scoped: row-level security on), as system work (no
  // RLS) and as a request whose pooled connection last served another organization (PostgreSQL switches
  // it first: lib/db/tenant-pool.ts), so the table shows what RLS costs next to the bare SQL.
  const header = [
    "scenario",
    "data layer p50",
    "p95",
    "without RLS p50",
    "p95",
    "RLS cost p50",
    "after another org p50",
    "cost",
    "direct SQL p50",
    "p95",
  ];
  const otherOrganization = () => runInOrganization("bench-other-organization", () => db.$queryRaw`SELECT 1`);
  const rows: string[][] = [];
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  for (const [name, viaLib, direct] of scenarios) {
    const scopedRun = () => runInOrganization(ctx.orgId, viaLib);
    const [scoped, system, switched, raw] = await measure(
      { run: scopedRun },
      { run: viaLib },
      { run: scopedRun, before: otherOrganization },
      { run: direct },
    );
    const percent = (value: number) => `${value >= 0 ? "+" : ""}${(value * 100).toFixed(1)}%`;
    rows.push([
      name,
      ms(scoped!.p50),
      ms(scoped!.p95),
      ms(system!.p50),
      ms(system!.p95),
      percent(scoped!.p50 / system!.p50 - 1),
      ms(switched!.p50),
      percent(switched!.p50 / system!.p50 - 1),
      ms(raw!.p50),
      ms(raw!.p95),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log([line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));
  await sql.close();
}

await main();
await disconnectDb();
