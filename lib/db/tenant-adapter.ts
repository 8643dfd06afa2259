// Row-level security on embedded PGlite, applied where every query passes: a wrapper around Prisma's
// driver adapter. (On PostgreSQL the pool does it per checkout: lib/db/tenant-pool.ts.) PGlite is one
// connection that concurrent requests share, so a session setting would race between them: here work
// scoped to an organization (lib/db/tenant-scope.ts) runs in a transaction that first switches to the
// `customerhub_app` role and sets `app.organization_id`, both SET LOCAL, so the policies of migration
// 20261208200000_row_level_security filter every tenant table and nothing outlives the transaction.
// System work (no organization: migrations, scripts, claiming jobs, signing in) runs unchanged.
import type { SqlDriverAdapterFactory } from "@prisma/client/runtime/client";
import { APP_ROLE, currentTenant } from "@/lib/db/tenant-scope";

type Adapter = Awaited<ReturnType<SqlDriverAdapterFactory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

const scopeQuery = (orgId: string): Query => ({
  sql: `SELECT set_config('role', '${APP_ROLE}', true), set_config('app.organization_id', $1, true)`,
  args: [orgId],
  argTypes: [{ scalarType: "string", arity: "scalar" }],
});

const control = (sql: string): Query => ({ sql, args: [], argTypes: [] });

/** Ends a transaction the way Prisma's own engine does for this adapter. */
async function finish(tx: Transaction, outcome: "COMMIT" | "ROLLBACK"): Promise<void> {
  if (!tx.options.usePhantomQuery) await tx.executeRaw(control(outcome));
  await (outcome === "COMMIT" ? tx.commit() : tx.rollback());
}

function scopedAdapter(inner: Adapter): Adapter {
  async function startScoped(orgId: string, isolationLevel?: Parameters<Adapter["startTransaction"]>[0]) {
    const tx = await inner.startTransaction(isolationLevel);
    try {
      await tx.queryRaw(scopeQuery(orgId));
    } catch (error) {
      await finish(tx, "ROLLBACK").catch(() => {});
      throw error;
    }
    return tx;
  }

  /** A single statement outside a transaction: in one of its own, so SET LOCAL applies to it. */
  async function once<T>(orgId: string, run: (tx: Transaction) => Promise<T>): Promise<T> {
    const tx = await startScoped(orgId);
    let result: T;
    try {
      result = await run(tx);
    } catch (error) {
      await finish(tx, "ROLLBACK").catch(() => {});
      throw error;
    }
    await finish(tx, "COMMIT");
    return result;
  }

  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw(query) {
      const orgId = currentTenant();
      return orgId === null ? inner.queryRaw(query) : once(orgId, (tx) => tx.queryRaw(query));
    },
    executeRaw(query) {
      const orgId = currentTenant();
      return orgId === null ? inner.executeRaw(query) : once(orgId, (tx) => tx.executeRaw(query));
    },
    executeScript: (script) => inner.executeScript(script),
    startTransaction(isolationLevel) {
      const orgId = currentTenant();
      return orgId === null ? inner.startTransaction(isolationLevel) : startScoped(orgId, isolationLevel);
    },
    ...(inner.getConnectionInfo && { getConnectionInfo: () => inner.getConnectionInfo!() }),
    dispose: () => inner.dispose(),
  };
}

export function withTenantScope(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => scopedAdapter(await factory.connect()),
  };
}
