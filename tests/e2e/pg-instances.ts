// Two app instances on one PostgreSQL database, for a spec that needs more than the suite's one server on
// embedded PGlite (which two processes cannot share): a fresh database, migrated and given the spec's
// organization by ./provision.ts, and two `next start` processes from the build the suite's web server
// made, each on a free port with its own BETTER_AUTH_URL (so each trusts sign-ins from its own origin).
// Needs PostgreSQL at E2E_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres, as on every
// CI machine): without it the spec fails, it never skips.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFile, rm } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { connectPg, type SqlExecutor } from "@/lib/db/sql";
import { withDatabase } from "@/tests/support/test-db-url";
import { e2eOrgsDir, type E2eOrg } from "./org-file";
import { e2eServerEnv } from "./server-env";

export interface PgInstances {
  /** Base URLs of instance A and instance B. */
  a: string;
  b: string;
  org: E2eOrg;
}

const root = path.resolve(import.meta.dirname, "../..");
const serverUrl = new URL(process.env.E2E_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
const READY_TIMEOUT_MS = 60_000;

/** Runs `body` with two instances serving `spec`'s organization; stops them and drops the database after. */
export async function withPgInstances(spec: string, body: (instances: PgInstances) => Promise<void>) {
  const admin = await connectPg(serverUrl.toString()).catch((error: unknown) => {
    throw new Error(`This spec runs two app instances on PostgreSQL at ${serverUrl.host}: ${String(error)}`);
  });
  const database = `chub_e2e_${process.pid}_${Date.now()}`;
  const instances: Instance[] = [];
  const [portA, portB] = await freePorts(2);
  const orgsDir = e2eOrgsDir(portB!);
  try {
    await dropStale(admin);
    await admin.exec(`CREATE DATABASE "${database}"`);
    const env = {
      ...process.env,
      ...e2eServerEnv,
      DATABASE_URL: withDatabase(serverUrl, database),
      SEED_ON_START: "false",
    };
    const b = `http://127.0.0.1:${portB}`;
    for (const port of [portA!, portB!]) instances.push(new Instance(port, env));
    // The instances start while the organization is provisioned: all three migrate the new database first,
    // one after the other (the migration runner holds an advisory lock), and each instance answers only then.
    const provisioned = run(["node_modules/.bin/tsx", "--conditions=react-server", "tests/e2e/provision.ts"], {
      ...env,
      PORT: String(portB),
      BETTER_AUTH_URL: b,
      E2E_PROVISION_SPEC: spec,
    });
    await Promise.all([provisioned, ...instances.map((instance) => instance.ready())]);
    const org = JSON.parse(await readFile(path.join(orgsDir, `${spec}.json`), "utf8")) as E2eOrg;
    await body({ a: instances[0]!.url, b, org });
  } finally {
    await Promise.allSettled(instances.map((instance) => instance.stop()));
    await admin.exec(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.close();
    await rm(orgsDir, { recursive: true, force: true });
  }
}

/** One `next start` process (and whatever it spawns: it leads its own process group). */
class Instance {
  readonly url: string;
  private readonly child: ChildProcess;
  private output = "";

  constructor(port: number, env: NodeJS.ProcessEnv) {
    this.url = `http://127.0.0.1:${port}`;
    this.child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port)], {
      cwd: root,
      env: { ...env, PORT: String(port), BETTER_AUTH_URL: this.url },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-4000));
    this.child.stdout!.on("data", keep);
    this.child.stderr!.on("data", keep);
  }

  private get exited() {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  async ready(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`next start on ${this.url} exited:\n${this.output}`);
      const response = await fetch(`${this.url}/login`).catch(() => null);
      if (response?.ok) return;
      await sleep(100);
    }
    throw new Error(`next start on ${this.url} did not answer within ${READY_TIMEOUT_MS} ms:\n${this.output}`);
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exit = once(this.child, "exit");
    process.kill(-this.child.pid!, "SIGTERM");
    const killed = await Promise.race([exit.then(() => true), sleep(5_000).then(() => false)]);
    if (!killed) {
      process.kill(-this.child.pid!, "SIGKILL");
      await exit;
    }
  }
}

async function run(command: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(command[0]!, command.slice(1), { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`${command.join(" ")} failed (${code}):\n${output}`);
}

/** Ports free now (held together, so they differ). */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer().listen(0, "127.0.0.1"));
  await Promise.all(servers.map((server) => once(server, "listening")));
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Databases left by runs killed more than an hour ago (a finished run drops its own). */
async function dropStale(admin: SqlExecutor) {
  const cutoff = Date.now() - 3_600_000;
  const stale = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname ~ '^chub_e2e_[0-9]+_[0-9]+$'",
  );
  for (const { datname } of stale) {
    if (Number(datname.split("_")[3]) < cutoff) await admin.exec(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}
