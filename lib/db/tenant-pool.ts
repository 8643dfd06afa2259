// Row-level security on PostgreSQL, applied where every connection passes: the pool. Each checkout
// (a single statement through `pool.query` or a transaction through `pool.connect`) first asserts the
// scope of the work in progress (lib/db/tenant-scope.ts) on the connection it hands out: organization-
// scoped work runs as `customerhub_app` (not the tables' owner, no BYPASSRLS) with
// `app.organization_id` set, so the policies of migration 20261208200000_row_level_security filter every
// tenant table; system work runs as the connecting (owner) role with no organization.
//
// The role and organization are session settings, re-asserted at every checkout, not SET LOCAL per
// transaction: a pooled connection remembers what it was last set to, so consecutive work of one
// organization pays nothing, and work of another organization (or system work) pays one statement.
// Wrapping every statement in a transaction of its own to SET LOCAL cost 3 extra round trips per statement
// (+30–90% on list and detail reads, README → Performance). The state each connection holds is tracked
// here and only here: a connection whose state is unknown (a failed switch) is switched again or, if the
// switch fails, destroyed; a connection is never handed out inside a transaction.
// (PGlite is one shared connection, where session settings would race between requests: lib/db/tenant-
// adapter.ts keeps SET LOCAL per transaction there.)
import pg from "pg";
import { APP_ROLE, currentTenant } from "@/lib/db/tenant-scope";

/** What a connection is set to: an organization id, or SYSTEM ("" — the owner role, no organization). */
const SYSTEM = "";
const scopeOf = new WeakMap<pg.PoolClient, string>();

const SWITCH = "SELECT set_config('role', $1, false), set_config('app.organization_id', $2, false)";

async function assertScope(client: pg.PoolClient, wanted: string): Promise<void> {
  // A connection is only ever returned idle; one still in a transaction would carry another's work.
  const status = (client as unknown as { _txStatus?: string | null })._txStatus;
  if (status === "T" || status === "E") throw new Error("A pooled connection was handed out inside a transaction.");
  if (scopeOf.get(client) === wanted) return;
  scopeOf.delete(client);
  await client.query(SWITCH, [wanted === SYSTEM ? "none" : APP_ROLE, wanted]);
  scopeOf.set(client, wanted);
}

type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

/** A `pg.Pool` whose every checkout runs in the current tenant scope (see the top of this file). */
export class TenantPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config);
    // A new connection is the connecting role with no organization.
    this.on("connect", (client) => scopeOf.set(client, SYSTEM));
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    // Read now: pool.query calls this synchronously in the caller's async context.
    const wanted = currentTenant() ?? SYSTEM;
    const scoped = super.connect().then(async (client) => {
      try {
        await assertScope(client, wanted);
      } catch (error) {
        client.release(error instanceof Error ? error : new Error(String(error)));
        throw error;
      }
      return client;
    });
    if (!callback) return scoped;
    scoped.then(
      (client) => callback(undefined, client, (release) => client.release(release as Error | boolean | undefined)),
      (error: Error) => callback(error, undefined, () => {}),
    );
  }
}
