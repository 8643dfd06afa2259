// Brings the configured database up to date: migrations always, the demo seed when the embedded
// database is new (or SEED_ON_START=true). Runs once per process (instrumentation.ts, scripts).
import { getDbHandle } from "@/lib/db/client";
import { migrate, type MigrateResult } from "@/lib/db/migrate";
import { connectPg, wrapPglite } from "@/lib/db/sql";
import { log } from "@/lib/log";

const globalForSetup = globalThis as typeof globalThis & { __customerHubSetup?: Promise<void> };

export async function migrateDatabase(): Promise<MigrateResult> {
  const handle = getDbHandle();
  const sql = handle.pglite ? wrapPglite(handle.pglite) : await connectPg(handle.connectionString!);
  try {
    return await migrate(sql);
  } finally {
    await sql.close();
  }
}

export function ensureDatabase(): Promise<void> {
  globalForSetup.__customerHubSetup ??= (async () => {
    const embedded = Boolean(getDbHandle().pglite);
    const { applied } = await migrateDatabase();
    if (applied.length > 0) log().info({ migrations: applied }, "db.migrated");
    const seedOnStart = process.env.SEED_ON_START ? process.env.SEED_ON_START === "true" : embedded;
    if (seedOnStart) {
      const { seedDemo } = await import("@/lib/db/seed");
      await seedDemo();
    }
    // Embedded installs encrypt what is not yet under the active key (plaintext from before encryption)
    // here; server installs run `npm run pii:rotate` after upgrading or changing keys.
    if (embedded) await encryptPendingPii();
    const { analyzeEmbedded } = await import("@/lib/db/embedded-upkeep");
    await analyzeEmbedded();
  })();
  return globalForSetup.__customerHubSetup;
}

async function encryptPendingPii(): Promise<void> {
  const { rotatePii } = await import("@/lib/privacy/rotate");
  const results = await rotatePii();
  const rewritten = Object.fromEntries(results.filter((r) => r.rewritten > 0).map((r) => [r.target, r.rewritten]));
  if (Object.keys(rewritten).length > 0) log().info({ rewritten }, "pii.encrypted");
}
