// The one Prisma client: PostgreSQL through @prisma/adapter-pg when DATABASE_URL is set,
// otherwise embedded PGlite (Postgres in WASM) with its data under .data/ (or PGLITE_DIR).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions } from "@/lib/db/pglite-extensions";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import {
  openActivityFields,
  openEncryptedFields,
  sealActivityBody,
  sealCustomerFields,
} from "@/lib/privacy/encrypted-fields";
import { withTenantScope } from "@/lib/db/tenant-adapter";
import { TenantPool } from "@/lib/db/tenant-pool";
import { log } from "@/lib/log";

/**
 * The client with the customer's encrypted fields (lib/privacy/encrypted-fields.ts) sealed on every
 * customer write (and a sensitive timeline entry's body on its write) and opened in every result, customers read through a relation included, so no caller
 * sees ciphertext or writes plaintext by mistake. Raw SQL bypasses this: set-based writers seal with
 * sealCustomerFields themselves. Timeline entries' diffs and merge before-states are opened too. (A query extension, not a `result` one: that one wraps every row in a
 * Proxy, which breaks comparing rows by value.)
 */
function withEncryptedFields(client: PrismaClient) {
  type WriteArgs = { data?: unknown; create?: unknown; update?: unknown };
  type Sealer = (row: Record<string, unknown>) => Record<string, unknown>;
  const seal = (data: unknown, sealer: Sealer): unknown =>
    Array.isArray(data)
      ? data.map((item) => seal(item, sealer))
      : data !== null && typeof data === "object"
        ? sealer(data as Record<string, unknown>)
        : data;
  const sealers: Partial<Record<string, Sealer>> = { Customer: sealCustomerFields, Activity: sealActivityBody };
  return client.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const sealer = model ? sealers[model] : undefined;
          if (sealer && /^(create|update|upsert)/.test(operation)) {
            const write = args as WriteArgs;
            for (const key of ["data", "create", "update"] as const)
              if (key in write) write[key] = seal(write[key], sealer);
          }
          const result = await query(args);
          openEncryptedFields(result);
          if (model === "Activity") openActivityFields(result);
          return result;
        },
      },
    },
  });
}

export type Db = ReturnType<typeof withEncryptedFields>;

interface DbHandle {
  prisma: Db;
  pglite?: PGlite;
  connectionString?: string;
  pool?: TenantPool;
}

// Next.js may load this module in several bundles of one process: keep one handle per process.
const globalForDb = globalThis as typeof globalThis & {
  __customerHubDb?: Map<string, DbHandle>;
  __customerHubReadIgnored?: boolean;
};

function databaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

function pgliteDir(): string {
  const dir = process.env.PGLITE_DIR || path.join(process.cwd(), ".data", "pglite");
  return dir.startsWith("memory://") ? dir : path.resolve(dir);
}

/**
 * Prisma groups `findUnique` calls made in the same tick into one query, sent from the first caller's
 * async context. With row-level security that context carries the organization (lib/db/tenant-scope.ts),
 * so two requests of different organizations grouped together would read with one organization's scope.
 * Outside transactions each call therefore runs on its own (grouping within one transaction stays).
 * A test (rls.test.ts) fails if this hook into the client's request handler goes missing.
 */
function withoutCrossRequestBatching(client: PrismaClient): PrismaClient {
  type BatchBy = (request: { transaction?: unknown }) => string | undefined;
  const handler = (client as unknown as { _requestHandler?: { dataloader?: { options?: { batchBy?: BatchBy } } } })
    ._requestHandler?.dataloader?.options;
  if (!handler?.batchBy) throw new Error("Prisma's request batching hook moved: update withoutCrossRequestBatching.");
  const batchBy = handler.batchBy;
  handler.batchBy = (request) => (request.transaction ? batchBy(request) : undefined);
  return client;
}

/**
 * A PostgreSQL handle. Every connection runs without JIT compilation: the app's statements are short, and
 * any whose estimated cost crossed jit_above_cost (an import batch's duplicate lookup, planned from a
 * thousand-row JSON input) spent about 100 ms compiling to save nothing. `readOnly` (the read replica's)
 * adds default_transaction_read_only, so a write sent there by mistake fails even on a server that would
 * take it. (Options in DATABASE_URL itself take precedence over these.)
 */
function createServerHandle(connectionString: string, readOnly = false): DbHandle {
  const pool = new TenantPool({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    options: readOnly ? "-c jit=off -c default_transaction_read_only=on" : "-c jit=off",
  });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  return { prisma: withEncryptedFields(withoutCrossRequestBatching(client)), connectionString, pool };
}

function createHandle(): DbHandle {
  const connectionString = databaseUrl();
  if (connectionString) return createServerHandle(connectionString);
  const dir = pgliteDir();
  // PGlite creates its own directory but not missing parents (e.g. `.data/` on a fresh clone).
  if (!dir.startsWith("memory://")) mkdirSync(path.dirname(dir), { recursive: true });
  const pglite = new PGlite(dir, { extensions: pgliteExtensions });
  const client = new PrismaClient({ adapter: withTenantScope(new PrismaPGlite(pglite)) });
  return { prisma: withEncryptedFields(withoutCrossRequestBatching(client)), pglite };
}

export function getDbHandle(): DbHandle {
  const key = databaseUrl() ?? `pglite:${pgliteDir()}`;
  globalForDb.__customerHubDb ??= new Map();
  let handle = globalForDb.__customerHubDb.get(key);
  if (!handle) {
    handle = createHandle();
    globalForDb.__customerHubDb.set(key, handle);
  }
  return handle;
}

/**
 * The read replica's handle (DATABASE_READ_URL), or null without one. Only on PostgreSQL: on PGlite
 * the setting is ignored, once said in the log.
 */
export function getReadHandle(): DbHandle | null {
  const readUrl = process.env.DATABASE_READ_URL || undefined;
  if (!readUrl) return null;
  if (!databaseUrl()) {
    if (!globalForDb.__customerHubReadIgnored) {
      globalForDb.__customerHubReadIgnored = true;
      log().warn("DATABASE_READ_URL is ignored: the embedded database (no DATABASE_URL) has no replicas.");
    }
    return null;
  }
  const key = `read:${readUrl}`;
  globalForDb.__customerHubDb ??= new Map();
  let handle = globalForDb.__customerHubDb.get(key);
  if (!handle) {
    handle = createServerHandle(readUrl, true);
    globalForDb.__customerHubDb.set(key, handle);
  }
  return handle;
}

/** Closes the clients for the current configuration, the read replica's too (scripts and tests). */
export async function disconnectDb(): Promise<void> {
  const keys = [databaseUrl() ?? `pglite:${pgliteDir()}`];
  if (process.env.DATABASE_READ_URL) keys.push(`read:${process.env.DATABASE_READ_URL}`);
  for (const key of keys) {
    const handle = globalForDb.__customerHubDb?.get(key);
    if (!handle) continue;
    globalForDb.__customerHubDb?.delete(key);
    await handle.prisma.$disconnect();
    await handle.pglite?.close();
  }
}
