// A live hub of its own for a test file (as one app instance would have) and an inbox per connection.
import { getDbHandle } from "@/lib/db/client";
import type { Ctx } from "@/lib/auth/context";
import { LiveHub, type LiveMessage } from "@/lib/live/hub";
import type { ListenSource } from "@/lib/live/listener";

/** The configured database's listen source: PGlite in-process, or a PostgreSQL connection string. */
function listenSource(): ListenSource {
  const handle = getDbHandle();
  return handle.pglite ? { pglite: handle.pglite } : { connectionString: handle.connectionString! };
}

export async function startHub(): Promise<LiveHub> {
  const hub = new LiveHub(listenSource());
  await hub.start();
  return hub;
}

export async function until<T>(read: () => T | undefined | false, timeoutMs = 5_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

/** A connection's received messages, and its subscription. */
export async function connect(hub: LiveHub, ctx: Ctx, topics: string[], after: bigint | null = null) {
  const inbox: LiveMessage[] = [];
  const subscription = await hub.subscribe(ctx, topics, (message) => inbox.push(message), after);
  const changes = () => inbox.flatMap((m) => (m.kind === "change" ? [m] : []));
  const presence = () => inbox.flatMap((m) => (m.kind === "presence" ? [m.presence] : []));
  return { inbox, changes, presence, close: () => subscription.close() };
}
