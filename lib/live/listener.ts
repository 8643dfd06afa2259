import "server-only";
// One LISTEN connection per app instance: a dedicated pg Client (not one of Prisma's pooled connections,
// which are handed back and forth between queries) that reconnects with backoff when it drops; on PGlite,
// its in-process notifications. After a reconnect the hub catches up from the outbox: notifications sent
// while the connection was down are lost, the events are not.
import pg from "pg";
import type { PGlite } from "@electric-sql/pglite";
import { log } from "@/lib/log";

/** The channel the outbox trigger and presence heartbeats notify (migration 20261209120000_live_updates). */
export const LIVE_CHANNEL = "customerhub_live";

export type ListenSource = { connectionString: string } | { pglite: PGlite };

export interface ListenHandlers {
  onPayload(payload: string): void;
  /** The connection came back after a drop: anything may have been missed. */
  onReconnect(): void;
}

const MAX_BACKOFF_MS = 10_000;

/** Starts listening; resolves once the first connection is up (or has failed and is being retried). */
export async function listen(source: ListenSource, handlers: ListenHandlers): Promise<() => Promise<void>> {
  if ("pglite" in source) {
    const unlisten = await source.pglite.listen(LIVE_CHANNEL, (payload) => handlers.onPayload(payload));
    return unlisten;
  }
  return listenPg(source.connectionString, handlers);
}

async function listenPg(connectionString: string, handlers: ListenHandlers): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let backoff = 250;
  let retry: NodeJS.Timeout | null = null;

  const scheduleReconnect = (failed: pg.Client | null, error?: unknown) => {
    if (stopped || failed !== client || retry) return;
    client = null;
    failed?.end().catch(() => {});
    log().warn({ err: error, retryInMs: backoff }, "live.listener.disconnected");
    retry = setTimeout(() => {
      retry = null;
      void connect(true);
    }, backoff);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  };

  const connect = async (reconnecting: boolean) => {
    const next = new pg.Client({ connectionString, keepAlive: true });
    client = next;
    next.on("notification", (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload) handlers.onPayload(message.payload);
    });
    next.on("error", (error) => scheduleReconnect(next, error));
    next.on("end", () => scheduleReconnect(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      scheduleReconnect(next, error);
      return;
    }
    if (stopped) {
      await next.end().catch(() => {});
      return;
    }
    backoff = 250;
    if (reconnecting) handlers.onReconnect();
  };

  await connect(false);
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const open = client;
    client = null;
    await open?.end().catch(() => {});
  };
}
