import "server-only";
// The embedded database (PGlite) has no autovacuum daemon, so its planner statistics would stay as they were
// when the tables were empty and every join would be planned for six rows (a 4,000-customer organization's
// duplicate search then took 50 s). The app refreshes them itself: at start, after the demo seed, and every
// few minutes from the job worker's loop. A PostgreSQL server does this on its own; nothing runs there.
import { db } from "@/lib/db";
import { getDbHandle } from "@/lib/db/client";

const EVERY_MS = 10 * 60_000;
const globalForUpkeep = globalThis as typeof globalThis & { __customerHubAnalyzedAt?: number };

/** `ANALYZE` on the embedded database (milliseconds at demo size); a no-op on a PostgreSQL server. */
export async function analyzeEmbedded(): Promise<void> {
  if (!getDbHandle().pglite) return;
  globalForUpkeep.__customerHubAnalyzedAt = Date.now();
  await db.$executeRawUnsafe("ANALYZE");
}

/** `analyzeEmbedded` when the last one is older than ten minutes. */
export async function analyzeEmbeddedWhenDue(now = Date.now()): Promise<void> {
  if (now - (globalForUpkeep.__customerHubAnalyzedAt ?? 0) < EVERY_MS) return;
  await analyzeEmbedded();
}
