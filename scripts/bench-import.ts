// `npm run bench:import [-- --rows 1000000]`: writes a realistic customer CSV of N rows (with contacts
// on every other row and 1% repeated rows) to a temp file, imports it through the real pipeline (upload
// into chunks, then the customer_import job) against DATABASE_URL — or a local benchmark database,
// created if needed — and prints rows/s and peak RSS next to a raw COPY of the same file into a bare
// table, as a ratio.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, statSync, unlinkSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { stringify } from "csv-stringify/sync";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    keep: { type: "boolean", default: false },
    // Internal: the child process that writes the file (its garbage never counts in the import's peak RSS).
    "write-csv": { type: "string" },
  },
});
const rowCount = Number(values.rows);

const localUrl = "postgresql://postgres@127.0.0.1:5432/chub_bench_import";
process.env.DATABASE_URL ||= localUrl;
process.env.JOBS_WORKER = "off";
process.env.IMPORT_MAX_ROWS = String(Math.max(rowCount * 2, 1_000_000));
process.env.IMPORT_MAX_FILE_MB = "2000";

const { db } = await import("@/lib/db");
const { runAsSystem } = await import("@/lib/db/tenant-scope");
const { disconnectDb } = await import("@/lib/db/client");
const { migrateDatabase } = await import("@/lib/db/setup");
const { runPendingJobs } = await import("@/lib/jobs");
const { startImport } = await import("@/lib/imports/mutations");
const { previewImport } = await import("@/lib/imports/preview");
const { importConfig } = await import("@/lib/imports/config");
const { getImport } = await import("@/lib/imports/queries");
const { createImportFromUpload } = await import("@/lib/imports/upload");
const { importTimings } = await import("@/lib/imports/pipeline/timings");

const header = [
  "Account Number",
  "Company",
  "First Name",
  "Last Name",
  "Display Name",
  "Email",
  "Phone",
  "Website",
  "Address",
  "City",
  "State",
  "Postal Code",
  "Country",
  "Currency",
  "Language",
  "Tags",
  "Source",
  "Notes",
  "Contact First Name",
  "Contact Last Name",
  "Contact Email",
  "Contact Phone",
];
const contactNames = [
  ["Ana", "López"],
  ["Ben", "Okafor"],
  ["Chloé", "Martin"],
  ["Dev", "Patel"],
  ["Erin", "Walsh"],
];

async function ensureLocalDatabase() {
  if (process.env.DATABASE_URL !== localUrl) return;
  const admin = new pg.Client({ connectionString: localUrl.replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'chub_bench_import'");
  if (exists.rowCount === 0) await admin.query("CREATE DATABASE chub_bench_import");
  await admin.end();
}

/**
 * The demo generator's customers spread as a real customer base is: its companies share ~1,100 names
 * and London, Toronto and Montréal one postal code each (9,000 customers in one postal code per 100,000),
 * which no real file has. The file gives each company a brand word of its own and each address a postal
 * code of its country's real shape (US ZIP+4, Canadian and British full codes); people keep their common names.
 */
const syllables = [
  "ka",
  "lo",
  "mi",
  "ren",
  "tu",
  "va",
  "sel",
  "dor",
  "ni",
  "qua",
  "bri",
  "zen",
  "ta",
  "mor",
  "li",
  "sa",
];
const brandOf = (n: number) => {
  let word = "";
  for (let k = n + 4096; k > 0; k = Math.floor(k / syllables.length)) word += syllables[k % syllables.length];
  return word.charAt(0).toUpperCase() + word.slice(1);
};
const digitsOf = (n: number, width: number) => String(n % 10 ** width).padStart(width, "0");
const letterOf = (n: number) => "ABCEGHJKLMNPRSTVWXYZ"[n % 20]!;
function spreadPostal(country: string, postal: string, n: number): string {
  const h = Math.imul(n, 2654435761) >>> 0;
  if (country === "US") return `${postal}-${digitsOf(h, 4)}`;
  if (country === "CA")
    return `${postal[0]}${h % 10}${letterOf(h >>> 4)} ${(h >>> 8) % 10}${letterOf(h >>> 12)}${(h >>> 16) % 10}`;
  if (country === "GB") return `SW${1 + (h % 20)} ${(h >>> 8) % 10}${letterOf(h >>> 12)}${letterOf(h >>> 16)}`;
  return postal;
}

async function writeCsv(file: string) {
  const { generateCustomers } = await import("@/lib/db/demo-data");
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(stringify([header]));
  for (let start = 0; start < rowCount; start += 1000) {
    const batch = generateCustomers(Math.min(1000, rowCount - start), 11, start);
    const records = batch.map((c, i) => {
      const [first, last] = contactNames[(start + i) % contactNames.length]!;
      const withContact = (start + i) % 2 === 0;
      return [
        c.accountNumber,
        c.kind === "company" ? c.name.replace(" ", ` ${brandOf(start + i)} `) : "",
        c.firstName ?? "",
        c.lastName ?? "",
        c.displayName ?? "",
        c.email,
        c.phone,
        c.website ?? "",
        c.addressLine1,
        c.city,
        c.region,
        spreadPostal(c.country, c.postalCode, start + i),
        c.country,
        c.currency,
        c.language,
        c.tags.join(", "),
        c.source,
        c.notes ?? "",
        withContact ? first : "",
        withContact ? last : "",
        withContact
          ? `${first}.${last}@contact${start + i}.example`.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
          : "",
        "",
      ];
    });
    // 1% of rows appear twice (an ERP export with duplicates): the later copy wins.
    if (start + 1000 <= rowCount && start > 0) records.push([...records[0]!]);
    await write(stringify(records));
  }
  out.end();
  await once(out, "finish");
}

/**
 * The server settings that decide how much a bulk load writes besides its rows: how often checkpoints
 * come (after each, an index page's first change writes the whole page to the WAL) and how big those
 * page images are (README, "PostgreSQL for large imports").
 */
const WRITE_SETTINGS = ["shared_buffers", "max_wal_size", "checkpoint_timeout", "wal_compression", "autovacuum"];

interface WalSnapshot {
  fullPageImages: number;
  bytes: number;
  checkpoints: number;
}

/** The server's WAL and checkpoint counters (cluster-wide; PostgreSQL 17 moved checkpoints to their own view). */
async function walSnapshot(client: pg.Client): Promise<WalSnapshot> {
  const wal = await client.query<{ fpi: string; bytes: string }>(
    "SELECT wal_fpi AS fpi, wal_bytes AS bytes FROM pg_stat_wal",
  );
  const checkpoints = await client
    .query<{ n: string }>("SELECT num_timed + num_requested AS n FROM pg_stat_checkpointer")
    .catch(() => client.query<{ n: string }>("SELECT checkpoints_timed + checkpoints_req AS n FROM pg_stat_bgwriter"));
  return {
    fullPageImages: Number(wal.rows[0]!.fpi),
    bytes: Number(wal.rows[0]!.bytes),
    checkpoints: Number(checkpoints.rows[0]!.n),
  };
}

async function rawCopy(file: string): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS bench_import_copy`);
  await client.query(`CREATE TABLE bench_import_copy (${header.map((_, i) => `c${i} text`).join(", ")})`);
  const started = performance.now();
  await pipeline(
    createReadStream(file),
    client.query(copyFrom("COPY bench_import_copy FROM STDIN WITH (FORMAT csv, HEADER true)")),
  );
  const ms = performance.now() - started;
  await client.query(`DROP TABLE bench_import_copy`);
  await client.end();
  return ms;
}

async function main() {
  await ensureLocalDatabase();
  await migrateDatabase();
  // An interrupted run's organization (and its queued or leased import job, which the job runner below
  // would pick first) goes.
  await db.organization.deleteMany({ where: { slug: { startsWith: "bench-import-" } } });
  // Earlier runs' deleted rows stay in the tables and their indexes until a vacuum, and autovacuum is
  // off on the CI machines: without this each run reads every earlier run's dead index entries.
  await runAsSystem(() => db.$executeRawUnsafe("VACUUM ANALYZE"));
  const file = path.join(tmpdir(), `bench-import-${rowCount}-${process.pid}.csv`);
  process.stdout.write(`Writing ${rowCount.toLocaleString()} rows to ${file} … `);
  execFileSync(
    process.execPath,
    [...process.execArgv, process.argv[1]!, "--rows", String(rowCount), "--write-csv", file],
    {
      stdio: "inherit",
    },
  );
  console.log(`${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`);

  const orgId = randomUUID();
  await db.organization.create({
    data: { id: orgId, name: `Import bench ${rowCount}`, slug: `bench-import-${orgId}` },
  });
  const userId = randomUUID();
  await db.user.create({ data: { id: userId, name: "Bench Manager", email: `bench-${userId}@example.test` } });
  await db.member.create({ data: { id: randomUUID(), organizationId: orgId, userId, role: "manager" } });
  const ctx = { orgId, userId, role: "manager" as const, actor: "user" as const };

  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss;
  let peakHeap = 0;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 50);
  const started = performance.now();
  const uploaded = await createImportFromUpload(ctx, createReadStream(file), {
    filename: "bench.csv",
    contentType: "text/csv",
  });
  const uploadMs = performance.now() - started;
  const run = { mapping: uploaded.proposedMapping, mode: "upsert" as const, matchOn: "accountNumber" as const };
  // The wizard's preview reads the whole stored file for its keys: timed apart from the import.
  const previewStarted = performance.now();
  await previewImport(ctx, uploaded.id, run, importConfig.sampleRows);
  const previewMs = performance.now() - previewStarted;
  const server = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await server.connect();
  const settings = await server.query<{ name: string; value: string }>(
    "SELECT name, current_setting(name) AS value FROM unnest($1::text[]) AS name",
    [WRITE_SETTINGS],
  );
  const walBefore = await walSnapshot(server);
  const jobStarted = performance.now();
  await startImport(ctx, uploaded.id, run);
  const progress = setInterval(async () => {
    const state = await getImport(ctx, uploaded.id).catch(() => null);
    if (state)
      process.stdout.write(
        `\r${state.status}: ${state.processed.toLocaleString()} / ${(state.total ?? 0).toLocaleString()} rows`,
      );
  }, 2000);
  await runPendingJobs({ limit: 1 });
  const totalMs = uploadMs + performance.now() - jobStarted;
  const walAfter = await walSnapshot(server);
  await server.end();
  clearInterval(progress);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const result = await getImport(ctx, uploaded.id);
  const stored = await db.customer.count({ where: { organizationId: orgId } });
  const copyMs = await rawCopy(file);
  const fileRows = rowCount + Math.max(0, Math.floor(rowCount / 1000) - 1);

  const engine = process.env.DATABASE_URL === localUrl ? "local PostgreSQL (chub_bench_import)" : "DATABASE_URL";
  console.log(
    `\n\nImport of ${fileRows.toLocaleString()} rows (${rowCount.toLocaleString()} customers, half with a contact) on ${engine}`,
  );
  console.log(
    `  status ${result.status}: created ${result.created.toLocaleString()}, updated ${result.updated}, skipped ${result.skipped}, failed ${result.failed}, warnings ${result.warnings}; ${stored.toLocaleString()} customers stored`,
  );
  console.log(`  upload (stream into chunks + headers): ${(uploadMs / 1000).toFixed(1)} s`);
  console.log(
    `  preview of ${importConfig.sampleRows} rows (reads the whole file for its keys): ${(previewMs / 1000).toFixed(2)} s`,
  );
  console.log(
    `  total (upload + job): ${(totalMs / 1000).toFixed(1)} s → ${Math.round(fileRows / (totalMs / 1000)).toLocaleString()} rows/s`,
  );
  console.log(
    `  peak RSS: ${Math.round(peakRss / 1024 / 1024)} MB (${Math.round(baselineRss / 1024 / 1024)} MB before the upload started; peak JS heap ${Math.round(peakHeap / 1024 / 1024)} MB)`,
  );
  console.log(`  server: ${settings.rows.map(({ name, value }) => `${name} ${value}`).join(", ")}`);
  console.log(
    `  during the job: ${walAfter.checkpoints - walBefore.checkpoints} checkpoints; per row, ${((walAfter.bytes - walBefore.bytes) / fileRows / 1024).toFixed(1)} KB of WAL and ${((walAfter.fullPageImages - walBefore.fullPageImages) / fileRows).toFixed(2)} full-page images`,
  );
  console.log(
    `  raw COPY of the same file into a bare text table: ${(copyMs / 1000).toFixed(2)} s → ratio ${(totalMs / copyMs).toFixed(1)}×`,
  );

  // Phases nest: a "(total)" line includes the lines under it that ran inside it.
  console.log(`\n  time split of the job (wall time per phase, summed over batches):`);
  console.log(`  | phase | total | calls | per 1,000 rows |\n  |---|---|---|---|`);
  for (const [phase, { ms, calls }] of importTimings()) {
    const per1000 = (ms / fileRows) * 1000;
    console.log(`  | ${phase} | ${(ms / 1000).toFixed(2)} s | ${calls} | ${per1000.toFixed(1)} ms |`);
  }

  if (!values.keep) await db.organization.delete({ where: { id: orgId } });
  unlinkSync(file);
}

if (values["write-csv"]) await writeCsv(values["write-csv"]);
else await main();
await disconnectDb();
