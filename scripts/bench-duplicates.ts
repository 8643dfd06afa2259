// `npm run bench:duplicates [-- --count 100000]`: seeds N realistic customers (companies with contacts,
// people with common names) plus 1% duplicates of them entered again the way people do (lib/db/demo-duplicates.ts)
// into a benchmark organization of DATABASE_URL — or a local benchmark database, created if needed —
// then times the duplicate_scan job end to end and per step, and reports how many injected duplicates it found.
// The organization stays for the next run (`--fresh` seeds it again).
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";

const { values } = parseArgs({
  options: { count: { type: "string", default: "100000" }, fresh: { type: "boolean", default: false } },
});
const count = Number(values.count);
const localUrl = "postgresql://postgres@127.0.0.1:5432/chub_bench_duplicates";
process.env.DATABASE_URL ||= localUrl;
process.env.JOBS_WORKER = "off";

const { db } = await import("@/lib/db");
const { disconnectDb, getDbHandle } = await import("@/lib/db/client");
const { connectPg, wrapPglite } = await import("@/lib/db/sql");
const { bulkInsert } = await import("@/lib/db/bulk-insert");
const { migrateDatabase } = await import("@/lib/db/setup");
const { generateCustomers } = await import("@/lib/db/demo-data");
type DemoCustomer = import("@/lib/db/demo-data").DemoCustomer;
const { generateContacts } = await import("@/lib/db/demo-timeline");
const { generateDuplicates } = await import("@/lib/db/demo-duplicates");
const { customerRowsForInsert } = await import("@/lib/customers/rows");
const { runPendingJobs } = await import("@/lib/jobs");
const { startDuplicateScan } = await import("@/lib/duplicate-pairs/mutations");
const { scanStepLabels } = await import("@/lib/duplicate-pairs/schemas");

const BATCH = 2000;

// The demo generator names companies from 640 combinations (fine for a demo, not for 100,000 customers,
// where most companies have names of their own): a founder's or place name and a second word make them
// about as varied as real ones, so the names that do repeat in a city are the kind of repeats real data has.
const founders = [
  "Adler",
  "Baker",
  "Carver",
  "Dalton",
  "Ellis",
  "Fischer",
  "Garner",
  "Hayes",
  "Ingram",
  "Jansen",
  "Keller",
  "Lang",
  "Mason",
  "Nolan",
  "Owens",
  "Porter",
  "Quinn",
  "Reyes",
  "Stone",
  "Tucker",
  "Vance",
  "Weber",
  "Young",
  "Ziegler",
  "Brandt",
  "Coleman",
  "Dorsey",
  "Foster",
  "Hale",
  "Kessler",
];
const secondWords = [
  "Valley",
  "River",
  "Field",
  "Point",
  "Ridge",
  "Bay",
  "Peak",
  "Harbor",
  "Lake",
  "Creek",
  "Mesa",
  "Grove",
  "Hill",
  "Park",
  "Glen",
  "Rock",
  "Springs",
  "Gate",
  "Crest",
  "Woods",
];

function varyName(customer: DemoCustomer, n: number): DemoCustomer {
  if (customer.kind !== "company") return customer;
  const founder = founders[(n * 7) % founders.length]!;
  const second = secondWords[Math.floor(n / founders.length) % secondWords.length]!;
  const [stem] = customer.name.split(
    / (?=Aviation|Air|Flight|Aero|Jet|Leasing|Logistics|Helicopters|Aerial|Motors|Trucking|Transit|Farms)/,
  );
  const rest = customer.name.slice((stem ?? "").length);
  const name = n % 3 === 0 ? `${founder} ${second}${rest}` : `${stem} ${n % 3 === 1 ? founder : second}${rest}`;
  return { ...customer, name, displayName: undefined };
}

async function ensureLocalDatabase() {
  if (process.env.DATABASE_URL !== localUrl) return;
  const admin = new pg.Client({ connectionString: localUrl.replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'chub_bench_duplicates'");
  if (exists.rowCount === 0) await admin.query("CREATE DATABASE chub_bench_duplicates");
  await admin.end();
}

async function main() {
  await ensureLocalDatabase();
  await migrateDatabase();
  const handle = getDbHandle();
  const sql = handle.pglite ? wrapPglite(handle.pglite) : await connectPg(handle.connectionString!);
  // The same organization is reused while it holds what this run would seed (like npm run bench).
  const slug = `bench-duplicates-${count}`;
  const existing = await db.organization.findUnique({ where: { slug }, select: { id: true } });
  const reuse = existing !== null && !values.fresh;
  if (existing && !reuse) await db.organization.delete({ where: { id: existing.id } });
  const orgId = existing && reuse ? existing.id : randomUUID();
  if (!reuse) await db.organization.create({ data: { id: orgId, name: `Duplicates bench ${count}`, slug } });
  const userId = randomUUID();
  await db.user.create({ data: { id: userId, name: "Bench Manager", email: `bench-${userId}@example.test` } });
  await db.member.create({ data: { id: randomUUID(), organizationId: orgId, userId, role: "manager" } });
  const ctx = { orgId, userId, role: "manager" as const, actor: "user" as const };

  const seeded = performance.now();
  // Injected duplicates by account number: the copy's → its original's.
  const originalAccounts = new Map<string, string>();
  for (let start = 0; start < count; start += BATCH) {
    const size = Math.min(BATCH, count - start);
    const batch = generateCustomers(size, 13, start).map((c, i) => varyName(c, start + i));
    const copies = generateDuplicates(batch, Math.round(size / 100), start / 100);
    copies.forEach((copy) => originalAccounts.set(copy.customer.accountNumber, batch[copy.original]!.accountNumber));
    if (reuse) continue;
    const all = [...batch, ...copies.map((copy) => copy.customer)];
    const rows = customerRowsForInsert(orgId, all, userId).map((row) => ({ ...row, id: randomUUID() }));
    await bulkInsert(sql, "customer", rows);
    const contacts = [
      ...generateContacts(batch, start).map(({ customer, ...contact }) => ({
        ...contact,
        customerId: rows[customer]!.id,
      })),
      ...copies.flatMap((copy, i) =>
        copy.contactEmail
          ? [
              {
                ...{ firstName: "Former", lastName: "Address", email: copy.contactEmail, isPrimary: true, roles: [] },
                customerId: rows[size + i]!.id,
              },
            ]
          : [],
      ),
    ];
    await bulkInsert(
      sql,
      "contact",
      contacts.map((contact) => ({ ...contact, organizationId: orgId })),
    );
    process.stdout.write(`\rSeeding ${(start + size).toLocaleString()} / ${count.toLocaleString()}`);
  }
  const injected = originalAccounts.size;
  if (reuse)
    console.log(
      `Reusing ${slug} (${count.toLocaleString()} customers + ${injected.toLocaleString()} injected duplicates).`,
    );
  else {
    await sql.exec("VACUUM ANALYZE customer");
    await sql.exec("VACUUM ANALYZE contact");
    console.log(
      `\rSeeded ${count.toLocaleString()} customers + ${injected.toLocaleString()} injected duplicates in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
    );
  }
  const accounts = await sql.query<{ id: string; account_number: string }>(
    "SELECT id, account_number FROM customer WHERE organization_id = $1",
    [orgId],
  );
  const idOf = new Map(accounts.map((row) => [row.account_number, row.id]));
  const originals = new Map([...originalAccounts].map(([copy, original]) => [idOf.get(copy)!, idOf.get(original)!]));

  const started = performance.now();
  const job = await startDuplicateScan(ctx);
  const stepTimes: number[] = [];
  let last = performance.now();
  let lastStep = 0;
  const watcher = setInterval(async () => {
    const state = await db.job.findUnique({ where: { id: job.id }, select: { processed: true } });
    while (state && state.processed > lastStep && lastStep < scanStepLabels.length - 1) {
      const now = performance.now();
      stepTimes.push(now - last);
      last = now;
      lastStep++;
    }
  }, 100);
  await runPendingJobs({ limit: 1 });
  clearInterval(watcher);
  stepTimes.push(performance.now() - last);
  const seconds = (performance.now() - started) / 1000;
  const finished = await db.job.findUniqueOrThrow({ where: { id: job.id } });

  const pairs = await db.duplicatePair.findMany({
    where: { organizationId: orgId },
    select: { customerAId: true, customerBId: true, score: true },
  });
  const found = new Set(pairs.map((p) => `${p.customerAId},${p.customerBId}`));
  let recalled = 0;
  for (const [copy, original] of originals)
    if (found.has(copy < original ? `${copy},${original}` : `${original},${copy}`)) recalled++;
  const byReason = await sql.query<{ code: string; n: number }>(
    `SELECT r->>'kind' AS code, count(*)::int AS n FROM duplicate_pair, jsonb_array_elements(reasons) r
     WHERE organization_id = $1 GROUP BY 1 ORDER BY 2 DESC`,
    [orgId],
  );

  const engine = handle.pglite ? "PGlite (embedded)" : "PostgreSQL server";
  console.log(`\nDuplicate scan on ${engine}: ${(count + injected).toLocaleString()} customers`);
  console.log(
    `  status ${finished.status}${finished.error ? ` (${finished.error})` : ""}: ${seconds.toFixed(1)} s end to end`,
  );
  console.log(`  ${pairs.length.toLocaleString()} pairs stored; injected duplicates found: ${recalled} of ${injected}`);
  console.log(`  pairs by reason: ${byReason.map((r) => `${r.code} ${r.n.toLocaleString()}`).join(", ")}`);
  scanStepLabels.forEach((label, i) =>
    console.log(
      `  step ${i + 1} ${label}: ${stepTimes[i] !== undefined ? `${(stepTimes[i] / 1000).toFixed(2)} s` : "?"}`,
    ),
  );
  await db.user.delete({ where: { id: userId } });
  await sql.close();
}

await main();
await disconnectDb();
