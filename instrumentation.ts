// Next.js start-up hook: migrate (and on a new embedded database, seed) before serving requests, then
// start the background job worker.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Fail at start, not at the first sign-in, when production has no auth secret.
  (await import("@/lib/auth/secret")).resolveAuthSecret();
  // Likewise without PII_KEYS (or with one that cannot be read): tax ids, dates of birth and internal notes are encrypted.
  (await import("@/lib/privacy/crypto")).piiKeyring();
  // Client addresses (sign-in throttling) come from the socket: record each request's peer, and refuse
  // to start on a TRUSTED_PROXIES value that cannot be read.
  const clientIp = await import("@/lib/http/client-ip");
  clientIp.resolveTrustedProxies();
  clientIp.recordSocketPeers();
  // Refuse to start on an API_MAX_BODY_KB value that cannot be read.
  (await import("@/lib/api/body")).apiMaxBodyBytes();
  const { ensureDatabase } = await import("@/lib/db/setup");
  await ensureDatabase();
  // Say at start, not at the first list read, that DATABASE_READ_URL is ignored on the embedded database.
  (await import("@/lib/db/client")).getReadHandle();
  // Every instance runs queued background jobs (imports, bulk actions); JOBS_WORKER=off disables it.
  (await import("@/lib/jobs/worker")).startJobWorker();
}
