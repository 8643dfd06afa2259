// The one Prisma client: PostgreSQL through @prisma/adapter-pg when DATABASE_URL is set,
// otherwise embedded PGlite (Postgres in WASM) with its data under .data/ (or PGLITE_DIR).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { openActivityFields, openEncryptedFields, sealCustomerFields } from "@/lib/privacy/encrypted-fields";

/**
 * The client with the customer's encrypted fields (lib/privacy/encrypted-fields.ts) sealed on every
 * customer write and opened in every result, customers read through a relation included, so no caller
 * sees ciphertext or writes plaintext by mistake. Raw SQL bypasses this: set-based writers seal with
 * sealCustomerFields themselves. Timeline entries' diffs and merge before-states are opened too. (A query extension, not a `result` one: that one wraps every row in a
 * Proxy, which breaks comparing rows by value.)
 */
function withEncryptedFields(client: PrismaClient) {
  type WriteArgs = { data?: unknown; create?: unknown; update?: unknown };
  const seal = (data: unknown): unknown =>
    Array.isArray(data)
      ? data.map(seal)
      : data !== null && typeof data === "object"
        ? sealCustomerFields(data as Record<string, unknown>)
        : data;
  return client.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (model === "Customer" && /^(create|update|upsert)/.test(operation)) {
            const write = args as WriteArgs;
            for (const key of ["data", "create", "update"] as const) if (key in write) write[key] = seal(write[key]);
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
}

// Next.js may load this module in several bundles of one process: keep one handle per process.
const globalForDb = globalThis as typeof globalThis & { __customerHubDb?: Map<string, DbHandle> };

function databaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

function pgliteDir(): string {
  const dir = process.env.PGLITE_DIR || path.join(process.cwd(), ".data", "pglite");
  return dir.startsWith("memory://") ? dir : path.resolve(dir);
}

function createHandle(): DbHandle {
  const connectionString = databaseUrl();
  if (connectionString) {
    const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return { prisma: withEncryptedFields(new PrismaClient({ adapter })), connectionString };
  }
  const dir = pgliteDir();
  // PGlite creates its own directory but not missing parents (e.g. `.data/` on a fresh clone).
  if (!dir.startsWith("memory://")) mkdirSync(path.dirname(dir), { recursive: true });
  const pglite = new PGlite(dir, { extensions: { citext, pg_trgm, unaccent } });
  return { prisma: withEncryptedFields(new PrismaClient({ adapter: new PrismaPGlite(pglite) })), pglite };
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

/** Closes the client for the current configuration (scripts and tests). */
export async function disconnectDb(): Promise<void> {
  const key = databaseUrl() ?? `pglite:${pgliteDir()}`;
  const handle = globalForDb.__customerHubDb?.get(key);
  if (!handle) return;
  globalForDb.__customerHubDb?.delete(key);
  await handle.prisma.$disconnect();
  await handle.pglite?.close();
}
