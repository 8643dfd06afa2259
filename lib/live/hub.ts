import "server-only";
// The live hub of one app instance: one LISTEN connection (lib/live/listener.ts), and in memory only the
// open SSE connections of this instance, each with the topics on its screen. A notification says "events
// of organization X committed"; the hub reads them from the outbox once (in stream order, after the last
// position it delivered) and hands each to the connections of X that show one of its topics and may read
// it. Connections resume from a cursor: they replay the outbox after it before taking live events, and a
// live event at or below what a connection already has is skipped, so nothing is missed or repeated.
import type { Ctx } from "@/lib/auth/context";
import { can, type Permission } from "@/lib/auth/permissions";
import { getDbHandle } from "@/lib/db/client";
import { runAsSystem } from "@/lib/db/tenant-scope";
import { log } from "@/lib/log";
import { latestPosition, readChanges, type StreamedChange } from "@/lib/live/changes";
import { listen, type ListenSource } from "@/lib/live/listener";
import { readPresence } from "@/lib/live/presence";
import type { LiveChange, LiveTopic, PresenceList } from "@/lib/live/topics";

/** Events read per query; a connection given more than BULK_CHANGES of one read gets one summary. */
const READ_BATCH = 500;
const BULK_CHANGES = 50;
/** A reconnect this far behind is told to reload instead of replaying everything. */
const MAX_REPLAY = 5_000;

export type LiveMessage =
  | { kind: "change"; position: bigint; change: LiveChange & { count?: number } }
  | { kind: "presence"; presence: PresenceList }
  | { kind: "reset" };

export interface LiveSubscription {
  /** Stops delivery (the connection closed). */
  close(): void;
}

interface Subscriber {
  ctx: Ctx;
  topics: ReadonlySet<LiveTopic>;
  send(message: LiveMessage): void;
  /** The highest position this connection has (sent, or replayed past). */
  lastSent: bigint;
  /** Live events held back while the connection replays its backlog. */
  buffer: StreamedChange[] | null;
}

const topicPermission = (topic: LiveTopic): Permission =>
  topic.startsWith("asset:") ? "asset:read" : topic.startsWith("work_order") ? "workOrder:read" : "customer:read";

export class LiveHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly heads = new Map<string, bigint>();
  private readonly chains = new Map<string, Promise<void>>();
  private readonly queued = new Set<string>();
  private stopListening: (() => Promise<void>) | null = null;

  constructor(private readonly source: ListenSource) {}

  async start(): Promise<void> {
    this.stopListening = await runAsSystem(() =>
      listen(this.source, {
        onPayload: (payload) => this.onPayload(payload),
        onReconnect: () => {
          for (const orgId of this.subscribers.keys()) this.catchUp(orgId);
        },
      }),
    );
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = null;
    await Promise.allSettled([...this.chains.values()]);
  }

  /** Connections open on this instance (for tests and logs). */
  get connectionCount(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  /**
   * Opens delivery of `topics` to a connection of `ctx`. With `after` (the cursor of the last event it
   * had), first replays the outbox after it; without, starts at the organization's current position.
   */
  async subscribe(
    ctx: Ctx,
    topics: readonly LiveTopic[],
    send: (message: LiveMessage) => void,
    after: bigint | null = null,
  ): Promise<LiveSubscription> {
    const allowed = topics.filter((topic) => can(ctx.role, topicPermission(topic)));
    const subscriber: Subscriber = { ctx, topics: new Set(allowed), send, lastSent: 0n, buffer: [] };
    const set = this.subscribers.get(ctx.orgId) ?? new Set();
    this.subscribers.set(ctx.orgId, set);
    set.add(subscriber);
    const close = () => this.unsubscribe(subscriber);
    try {
      // Where the hub's own delivery stands: every later event reaches this connection through its buffer.
      let head = 0n;
      await this.serial(ctx.orgId, async () => {
        if (!this.heads.has(ctx.orgId)) this.heads.set(ctx.orgId, await latestPosition(ctx.orgId));
        head = this.heads.get(ctx.orgId)!;
      });
      subscriber.lastSent = after === null ? head : await this.replay(subscriber, after);
    } catch (error) {
      close();
      throw error;
    }
    const held = subscriber.buffer ?? [];
    subscriber.buffer = null;
    this.offer(subscriber, held);
    return { close };
  }

  private unsubscribe(subscriber: Subscriber) {
    const orgId = subscriber.ctx.orgId;
    const set = this.subscribers.get(orgId);
    set?.delete(subscriber);
    if (set?.size === 0) {
      this.subscribers.delete(orgId);
      this.serial(orgId, async () => {
        if (!this.subscribers.has(orgId)) this.heads.delete(orgId);
      }).catch(() => {});
    }
  }

  /** Sends what the connection missed after `after`; returns the position it now has. */
  private async replay(subscriber: Subscriber, after: bigint): Promise<bigint> {
    let position = after;
    for (let read = 0; ;) {
      const changes = await readChanges(subscriber.ctx.orgId, position, READ_BATCH);
      read += changes.length;
      if (read > MAX_REPLAY) {
        subscriber.send({ kind: "reset" });
        return latestPosition(subscriber.ctx.orgId);
      }
      if (changes.length === 0) return position;
      this.deliver(subscriber, changes);
      position = changes.at(-1)!.position;
      if (changes.length < READ_BATCH) return position;
    }
  }

  private onPayload(payload: string) {
    let message: { k?: string; o?: string; r?: string };
    try {
      message = JSON.parse(payload) as typeof message;
    } catch {
      return;
    }
    if (!message.o || !this.subscribers.has(message.o)) return;
    if (message.k === "event") this.catchUp(message.o);
    else if (message.k === "presence" && message.r) void this.pushPresence(message.o, message.r);
  }

  /** Reads the organization's new events once and offers them to its connections (coalesced, in order). */
  catchUp(orgId: string) {
    if (this.queued.has(orgId)) return;
    this.queued.add(orgId);
    this.serial(orgId, async () => {
      this.queued.delete(orgId);
      let head = this.heads.get(orgId);
      for (;;) {
        const set = this.subscribers.get(orgId);
        if (head === undefined || !set) return;
        const changes = await readChanges(orgId, head, READ_BATCH);
        if (changes.length === 0) return;
        head = changes.at(-1)!.position;
        this.heads.set(orgId, head);
        for (const subscriber of set) this.offer(subscriber, changes);
        if (changes.length < READ_BATCH) return;
      }
    }).catch(() => {}); // logged by serial
  }

  private offer(subscriber: Subscriber, changes: StreamedChange[]) {
    if (subscriber.buffer) subscriber.buffer.push(...changes);
    else
      this.deliver(
        subscriber,
        changes.filter((change) => change.position > subscriber.lastSent),
      );
  }

  private deliver(subscriber: Subscriber, changes: StreamedChange[]) {
    const last = changes.at(-1);
    if (!last) return;
    const matching = changes.filter((change) => change.topics.some((topic) => subscriber.topics.has(topic)));
    const sent = matching.length > BULK_CHANGES ? [matching.at(-1)!] : matching;
    for (const change of sent) {
      subscriber.send({
        kind: "change",
        position: change.position,
        change: {
          ...toLiveChange(subscriber, change),
          ...(sent.length < matching.length && { count: matching.length }),
        },
      });
    }
    if (last.position > subscriber.lastSent) subscriber.lastSent = last.position;
  }

  private async pushPresence(orgId: string, resource: string) {
    const listeners = [...(this.subscribers.get(orgId) ?? [])].filter((s) => s.topics.has(resource) && !s.buffer);
    if (listeners.length === 0) return;
    try {
      const presence = await runAsSystem(() => readPresence(orgId, resource));
      for (const subscriber of listeners) subscriber.send({ kind: "presence", presence });
    } catch (error) {
      log().error({ err: error }, "live.presence.failed");
    }
  }

  /** Runs `work` after the organization's previous work (reads of one organization never overlap). */
  private serial(orgId: string, work: () => Promise<void>): Promise<void> {
    const run = (this.chains.get(orgId) ?? Promise.resolve()).then(work);
    const settled = run.catch((error: unknown) => log().error({ err: error }, "live.hub.failed"));
    this.chains.set(orgId, settled);
    void settled.then(() => {
      if (this.chains.get(orgId) === settled) this.chains.delete(orgId);
    });
    return run;
  }
}

function toLiveChange(subscriber: Subscriber, change: StreamedChange): LiveChange {
  const self = change.actorType === "user" && change.actorId !== null && change.actorId === subscriber.ctx.userId;
  return {
    type: change.type,
    resource: { type: change.resourceType, id: change.resourceId },
    topics: change.topics.filter((topic) => subscriber.topics.has(topic)),
    actor: { name: change.actorName, self },
    occurredAt: change.occurredAt.toISOString(),
  };
}

// One hub per process and database (Next.js may load this module in several bundles).
const globalForHub = globalThis as typeof globalThis & { __customerHubLive?: Map<string, Promise<LiveHub>> };

/** This instance's hub for the configured database, listening from its first use on. */
export function getLiveHub(): Promise<LiveHub> {
  const handle = getDbHandle();
  const key = handle.connectionString ?? "pglite";
  globalForHub.__customerHubLive ??= new Map();
  let hub = globalForHub.__customerHubLive.get(key);
  if (!hub) {
    const source: ListenSource = handle.pglite
      ? { pglite: handle.pglite }
      : { connectionString: handle.connectionString! };
    const created = new LiveHub(source);
    hub = created.start().then(() => created);
    hub.catch(() => globalForHub.__customerHubLive?.delete(key));
    globalForHub.__customerHubLive.set(key, hub);
  }
  return hub;
}
