// `npm run bench:load [-- --count 1000000 --duration 10 --connections 20,100 --term smith --url http://127.0.0.1:3000]`:
// the REST list under concurrent load. Seeds or reuses the benchmark organization (scripts/bench-dataset.ts)
// in DATABASE_URL, creates a viewer API key for the run (deleted after), starts `next start` on loopback
// (the last production build; or targets --url, which must be loopback too), and drives each endpoint with
// autocannon for a bounded time per cell. Prints endpoint × connections → req/s, p50, p95, p99, and the ratio
// to the single-customer GET measured in the same run (the framework's ceiling), against issue 15's targets.
//
// Scale-out: `--instances 1,2` runs the table once per count of `next start` instances behind a round-robin
// load balancer (scripts/load-balancer.mjs; also for one instance, so both pay the same hop), and
// `--read-url <replica>` (scripts/replica.sh) runs each of those again with DATABASE_READ_URL set. Each cell
// also reports where the CPU went (cores used by the app instances, the balancer, PostgreSQL, autocannon,
// everything else on the machine), so the bottleneck is visible. Ends with one comparison table.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { db } from "@/lib/db";
import { disconnectDb, getDbHandle } from "@/lib/db/client";
import { connectPg } from "@/lib/db/sql";
import { migrateDatabase } from "@/lib/db/setup";
import { createApiKeyWithSecret } from "@/lib/api-keys/mutations";
import { LIST_COUNT_CAP } from "@/lib/list-total";
import { ensureBenchAssets, ensureBenchOrg } from "./bench-dataset";
import { cpuGroups, type CpuReading } from "./bench-cpu";
import { percentile } from "./bench-stats";
import { benchPageSession, measurePages, printPages } from "./bench-pages";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { resolvePiiKeys } from "@/lib/privacy/crypto";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1000000" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    connections: { type: "string", default: "20,100" },
    term: { type: "string", default: "smith" },
    port: { type: "string", default: "3400" },
    url: { type: "string" },
    instances: { type: "string" },
    "read-url": { type: "string" },
  },
});
const count = Number(values.count);
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const connectionCounts = values.connections.split(",").map(Number);
const perPage = 25;

interface Cell {
  endpoint: string;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  failed: number;
  cpu?: CpuReading;
}

/** One way of running the app: how many instances, and whether reads may use the replica. */
interface Setup {
  label: string;
  instances: number;
  readUrl?: string;
}

/** One cell: `connections` keep-alive clients on `url` for `seconds`; latencies from every response. */
function drive(url: string, connections: number, seconds: number, headers: Record<string, string>) {
  return new Promise<Omit<Cell, "endpoint" | "connections">>((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url, connections, duration: seconds, headers, timeout: 30 }, (error, result) => {
      if (error) return reject(error);
      resolve({
        rps: result.requests.total / result.duration,
        p50: percentile(latencies, 0.5),
        p95: percentile(latencies, 0.95),
        p99: percentile(latencies, 0.99),
        failed: result.non2xx + result.errors + result.timeouts,
      });
    });
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

function assertLoopback(url: URL) {
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname))
    throw new Error(`bench:load drives loopback servers only, not ${url.hostname}`);
}

async function waitFor(child: ChildProcess, url: string, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill("SIGTERM");
  throw new Error(`${what} did not answer within 60 s`);
}

/** `next start` on loopback from the last production build; resolves once it answers. */
async function startServer(port: number, readUrl?: string): Promise<ChildProcess> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(path.join(distDir, "BUILD_ID")))
    throw new Error(
      `No production build in ${distDir}: run \`npm run build\` first, or pass --url of a running server.`,
    );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    JOBS_WORKER: "off",
  };
  if (readUrl) env.DATABASE_READ_URL = readUrl;
  else delete env.DATABASE_READ_URL;
  const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitFor(server, `http://127.0.0.1:${port}/login`, "next start");
  return server;
}

/** The setup's instances (ports after `port`) behind the balancer on `port`, or one bare instance without --instances. */
async function startSetup(setup: Setup, port: number): Promise<ChildProcess[]> {
  if (!values.instances) return [await startServer(port, setup.readUrl)];
  const ports = Array.from({ length: setup.instances }, (_, i) => port + 1 + i);
  const children: ChildProcess[] = [];
  try {
    for (const instancePort of ports) children.push(await startServer(instancePort, setup.readUrl));
    const balancer = spawn(
      process.execPath,
      [path.join("scripts", "load-balancer.mjs"), String(port), ...ports.map(String)],
      {
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    children.push(balancer);
    await waitFor(balancer, `http://127.0.0.1:${port}/login`, "the load balancer");
    return children;
  } catch (error) {
    for (const child of children) child.kill("SIGTERM");
    throw error;
  }
}

const cores = (seconds: number, wall: number) => (seconds / wall).toFixed(2);

function describeCpu(cpu: CpuReading): string {
  const parts = Object.entries(cpu.seconds).map(([group, seconds]) => `${group} ${cores(seconds, cpu.wall)}`);
  return `cores busy: ${parts.join(", ")} (of ${cpu.cores})`;
}

function printTable(cells: Cell[]) {
  const ceilingOf = (connections: number) =>
    cells.find((cell) => cell.connections === connections && cell.endpoint === cells[0]!.endpoint)?.rps ?? 0;
  const header = ["endpoint", "conns", "req/s", "p50", "p95", "p99", "failed", "vs ceiling", "target"];
  const rows = cells.map((cell) => {
    const ratio = cell.rps / ceilingOf(cell.connections);
    const isCeiling = cell.endpoint === cells[0]!.endpoint;
    // Issue 15: ≥ 50% of the ceiling, p95 ≤ 300 ms at 100 connections and ≤ 100 ms at 20.
    const p95Target = cell.connections >= 100 ? 300 : cell.connections <= 20 ? 100 : Infinity;
    const met = ratio >= 0.5 && cell.p95 <= p95Target && cell.failed === 0;
    return [
      cell.endpoint,
      String(cell.connections),
      cell.rps.toFixed(0),
      `${cell.p50.toFixed(0)} ms`,
      `${cell.p95.toFixed(0)} ms`,
      `${cell.p99.toFixed(0)} ms`,
      String(cell.failed),
      isCeiling ? "1.00 (ceiling)" : ratio.toFixed(2),
      isCeiling ? "" : met ? "met" : "missed",
    ];
  });
  printRows(header, rows);
}

function printRows(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log([line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));
}

/** Every setup side by side: req/s and p95 per endpoint and connection count, then each group's CPU per request. */
function printComparison(results: { setup: Setup; cells: Cell[] }[]) {
  const header = ["endpoint", "conns", ...results.map(({ setup }) => setup.label)];
  const rows = results[0]!.cells.map((first, index) => [
    first.endpoint,
    String(first.connections),
    ...results.map(({ cells }) => {
      const cell = cells[index]!;
      return `${cell.rps.toFixed(0)} req/s, p95 ${cell.p95.toFixed(0)} ms`;
    }),
  ]);
  printRows(header, rows);
  console.log("\nCPU per request (ms; the rest of the machine is left out):\n");
  const cpuRows = results[0]!.cells.map((first, index) => [
    first.endpoint,
    String(first.connections),
    ...results.map(({ cells }) => {
      const { cpu, rps } = cells[index]!;
      const requests = rps * cpu!.wall;
      return Object.entries(cpu!.seconds)
        .filter(([group]) => group !== "other")
        .map(([group, seconds]) => `${group} ${((seconds * 1000) / requests).toFixed(1)}`)
        .join(", ");
    }),
  ]);
  printRows(header, cpuRows);
}

async function main() {
  // The servers run as production, which needs a fixed session secret and PII keys: this script's (the
  // local ones under .data/ unless set), so the session it signs and the data it seeded read the same.
  process.env.BETTER_AUTH_SECRET ||= resolveAuthSecret();
  process.env.PII_KEYS ||= resolvePiiKeys();
  const base = new URL(values.url ?? `http://127.0.0.1:${values.port}`);
  assertLoopback(base);
  if (values["read-url"]) assertLoopback(new URL(values["read-url"]));
  await migrateDatabase();
  const handle = getDbHandle();
  if (!handle.connectionString) throw new Error("bench:load needs DATABASE_URL: the server and this script share it.");
  const sql = await connectPg(handle.connectionString);
  const ctx = await ensureBenchOrg(sql, count);
  await ensureBenchAssets(sql, ctx, count);
  await sql.close();
  const sample = await db.customer.findFirstOrThrow({
    where: { organizationId: ctx.orgId, accountNumber: `C${String(Math.ceil(count / 2)).padStart(6, "0")}` },
    select: { id: true },
  });
  const key = await createApiKeyWithSecret(db, {
    orgId: ctx.orgId,
    name: `bench:load ${new Date().toISOString()}`,
    role: "viewer",
    createdById: null,
  });
  const headers = { authorization: `Bearer ${key.key}` };
  const pageSession = await benchPageSession(ctx.orgId);
  // An aircraft whose owner link is current (its page shows the owner).
  const aircraft = await db.asset.findFirstOrThrow({
    where: { organizationId: ctx.orgId, kind: "aircraft", customerLinks: { some: { status: "current" } } },
    select: { id: true },
  });
  const pages: [string, string][] = [
    ["customers list", "/customers"],
    ["customer detail", `/customers/${sample.id}`],
    ["aircraft detail", `/aircraft/${aircraft.id}`],
    ["new work order", "/work-orders/new"],
  ];
  const lastPage = LIST_COUNT_CAP / perPage;
  const endpoints: [string, string][] = [
    ["GET one customer (ceiling)", `/api/v1/customers/${sample.id}`],
    [`search q=${values.term}`, `/api/v1/customers?q=${encodeURIComponent(values.term)}`],
    ["status=active&sort=-updatedAt&page=3", "/api/v1/customers?status=active&sort=-updatedAt&page=3"],
    [`deep page ${lastPage} (last reachable)`, `/api/v1/customers?status=active&sort=-updatedAt&page=${lastPage}`],
  ];
  const instanceCounts = (values.instances ?? "1").split(",").map(Number);
  const setups: Setup[] = instanceCounts.flatMap((instances) => {
    const label = `${instances} instance${instances === 1 ? "" : "s"}`;
    const readUrl = values["read-url"];
    return [{ label, instances }, ...(readUrl ? [{ label: `${label} + replica`, instances, readUrl }] : [])];
  });
  const results: { setup: Setup; cells: Cell[] }[] = [];
  try {
    for (const setup of setups) {
      const children = values.url ? [] : await startSetup(setup, Number(values.port));
      try {
        const cpu = await cpuGroups({
          app: children.filter((child) => child.spawnargs.includes("start")).map((child) => child.pid!),
          balancer: children.filter((child) => !child.spawnargs.includes("start")).map((child) => child.pid!),
          replica: setup.readUrl,
        });
        console.log(`\n## ${setup.label}${values.url ? ` (${base.origin})` : ""}\n`);
        for (const [name, route] of endpoints) {
          const response = await fetch(new URL(route, base), { headers });
          if (!response.ok) throw new Error(`${name}: ${response.status} ${await response.text()}`);
          const { meta } = (await response.json()) as { meta?: Record<string, unknown> };
          console.log(`${name}: ${meta ? JSON.stringify(meta) : "200"}`);
        }
        console.log(`\n${count.toLocaleString()} customers; ${duration} s per cell after ${warmup} s of warm-up\n`);
        const cells: Cell[] = [];
        for (const connections of connectionCounts) {
          for (const [name, route] of endpoints) {
            const url = new URL(route, base).toString();
            if (warmup > 0) await drive(url, connections, warmup, headers);
            const reading = await cpu.start();
            const measured = await drive(url, connections, duration, headers);
            const cell = { endpoint: name, connections, ...measured, cpu: await reading.stop() };
            cells.push(cell);
            console.log(
              `${name} × ${connections}: ${cell.rps.toFixed(0)} req/s, p95 ${cell.p95.toFixed(0)} ms; ${describeCpu(cell.cpu)}`,
            );
          }
        }
        console.log("");
        printTable(cells);
        if (results.length === 0) {
          console.log(
            `\nPages, one user (${count.toLocaleString()} customers; 20 requests each after 3 of warm-up):\n`,
          );
          printPages(await measurePages(base, pageSession.cookie, pages), printRows);
        }
        results.push({ setup, cells });
        await cpu.close();
      } finally {
        for (const child of children) child.kill("SIGTERM");
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
    if (results.length > 1) {
      console.log("\n## Side by side\n");
      printComparison(results);
    }
  } finally {
    await db.apiKey.delete({ where: { id: key.id } });
    await pageSession.cleanup();
  }
}

await main();
await disconnectDb();
