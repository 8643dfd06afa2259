// Which organization the database work in progress belongs to, for PostgreSQL row-level security
// (lib/db/tenant-adapter.ts sets it on every transaction as `app.organization_id`).
//
// Three sources, first match wins:
// 1. `runInOrganization(orgId, work)`: the explicit scope of a REST request (lib/api/handler.ts), a
//    server action (lib/safe-action.ts) and a job run (lib/jobs/runner.ts); `runAsSystem` opens the
//    explicit cross-organization scope (the job worker's claim loop, migrations).
// 2. The request's organization recorded by `requireCtx` during a page render (a React `cache` box,
//    one per request: RSC renders have no wrapper to run inside).
// 3. Nothing: system work outside any request (scripts, seeds, tests' fixtures, signing in).
// Only organization-scoped work runs under RLS; system work runs as the connecting (owner) role.
import { AsyncLocalStorage } from "node:async_hooks";

/** The role organization-scoped work runs as (created by the row-level security migration). */
export const APP_ROLE = "customerhub_app";

type Scope = { orgId: string } | { system: true };

const globalForScope = globalThis as typeof globalThis & {
  __customerHubTenantScope?: AsyncLocalStorage<Scope>;
  __customerHubRequestTenant?: () => string | null;
};

// One store per process: Next.js may load this module in several bundles.
const storage = (globalForScope.__customerHubTenantScope ??= new AsyncLocalStorage<Scope>());

/** Organization ids are better-auth ids: letters, digits, `_` and `-` (checked before any SQL uses one). */
const ORG_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Runs `work` in `scope`. A returned thenable is started inside the scope: Prisma's query promises
 * are lazy and would otherwise run (outside it) only when the caller awaits them.
 */
function runIn<T>(scope: Scope, work: () => T): T {
  return storage.run(scope, () => {
    const result = work();
    const thenable = result as { then?: unknown } | null;
    return typeof thenable?.then === "function" ? (Promise.resolve(result) as T) : result;
  });
}

export function runInOrganization<T>(orgId: string, work: () => T): T {
  if (!ORG_ID.test(orgId)) throw new Error("Invalid organization id for the tenant scope.");
  return runIn({ orgId }, work);
}

/** Cross-organization work (claiming queued jobs, scheduling every organization's retention). */
export function runAsSystem<T>(work: () => T): T {
  return runIn({ system: true }, work);
}

/** Registers the page-render source (lib/auth/session.ts, which owns the per-request box). */
export function registerRequestTenant(read: () => string | null): void {
  globalForScope.__customerHubRequestTenant = read;
}

/** The organization the current database work is scoped to, or null for system work. */
export function currentTenant(): string | null {
  const scope = storage.getStore();
  if (scope) return "orgId" in scope ? scope.orgId : null;
  const fromRequest = globalForScope.__customerHubRequestTenant?.() ?? null;
  return fromRequest !== null && ORG_ID.test(fromRequest) ? fromRequest : null;
}
