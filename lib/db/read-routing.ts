// Which server a read goes to when DATABASE_READ_URL names a streaming replica. Only the reads of lists,
// detail pages and searches may go there, and only from work that reads without writing: a page render or a
// REST GET. They call `onReplica(work)`; inside it, `db` (lib/db/index.ts) is the replica's client, so every
// helper the query calls reads from the same snapshot source. Everything else reads from the primary:
// - a write request (server action, REST write) and a background job, for all of their reads
//   (`runOnPrimary`), so a mutation's checks and the answer it returns see its own writes;
// - a read whose caller wrote recently, until the replica has replayed that write (the read-after-write
//   cookie, lib/db/read-after-write.ts), and every read while the replica is down or too far behind
//   (lib/db/replica-position.ts);
// - scripts, seeds, tests and anything else outside a request.
// Transactions and writes never reach the replica (its connections are read-only too).
import { AsyncLocalStorage } from "node:async_hooks";
import { getDbHandle, getReadHandle } from "@/lib/db/client";
import { isTransientDbError } from "@/lib/db/errors";
import { ReplicaPosition, type Lsn } from "@/lib/db/replica-position";

/**
 * primary: a write request or a job. request: a read-only request whose reads may use the replica once it
 * has replayed `after` (null: no recent write). replica: inside onReplica, which chose the replica.
 */
type Routing = { to: "primary" } | { to: "request"; after: Lsn | null } | { to: "replica" };

const globalForRouting = globalThis as typeof globalThis & {
  __customerHubReadRouting?: AsyncLocalStorage<Routing>;
  __customerHubRenderReads?: () => Lsn | null | undefined;
  __customerHubReplicaPositions?: WeakMap<object, ReplicaPosition>;
};

// One store per process: Next.js may load this module in several bundles.
const storage = (globalForRouting.__customerHubReadRouting ??= new AsyncLocalStorage<Routing>());
const positions = (globalForRouting.__customerHubReplicaPositions ??= new WeakMap());

/** All reads of `work` from the primary (server actions, REST writes, job runs). */
export function runOnPrimary<T>(work: () => T): T {
  return storage.run({ to: "primary" }, work);
}

/** A read-only request (REST GET): `after` is the caller's last write (its verified cookie), or null. */
export function runReadRequest<T>(after: Lsn | null, work: () => T): T {
  return storage.run({ to: "request", after }, work);
}

/**
 * Registers the page-render source (lib/auth/session.ts): the render's last write from its cookie (null: none),
 * or undefined when not in a page render.
 */
export function registerRenderReads(read: () => Lsn | null | undefined): void {
  globalForRouting.__customerHubRenderReads = read;
}

/** The handle `db` resolves to: the replica's inside onReplica, else the primary's. */
export function routedHandle() {
  return (storage.getStore()?.to === "replica" && getReadHandle()) || getDbHandle();
}

function positionOf(replica: NonNullable<ReturnType<typeof getReadHandle>>): ReplicaPosition {
  let position = positions.get(replica);
  if (!position) {
    const maxLagMs = Number(process.env.DATABASE_READ_MAX_LAG_MS ?? 5000);
    position = new ReplicaPosition(getDbHandle().pool!, replica.pool!, maxLagMs);
    positions.set(replica, position);
  }
  return position;
}

/**
 * Runs a list, detail or search read on the replica when this work may use it (see the top of this file),
 * else on the primary. A read the replica fails with a lost connection or a recovery conflict is run again
 * on the primary (reads only: running one twice changes nothing).
 */
export async function onReplica<T>(work: () => Promise<T>): Promise<T> {
  const routing = storage.getStore();
  if (routing?.to === "replica") return work();
  const after = routing
    ? routing.to === "request"
      ? routing.after
      : undefined
    : globalForRouting.__customerHubRenderReads?.();
  const replica = after === undefined ? null : getReadHandle();
  if (!replica) return work();
  const position = positionOf(replica);
  if (!(await position.serves(after ?? null))) return work();
  try {
    return await storage.run({ to: "replica" }, work);
  } catch (error) {
    if (!isTransientDbError(error)) throw error;
    position.failed(error);
    return runOnPrimary(work);
  }
}
