import "server-only";
// Publishes the outbox to NATS JetStream, per organization in stream order (the catch-up API's position,
// lib/events/sequence.ts), as `<prefix>.<organization>.<type>` with the event id as `Nats-Msg-Id`. Any
// number of instances may run it: each batch is published while its organization's row in
// event_relay_position is locked (FOR UPDATE SKIP LOCKED: another relay moves on to the next
// organization), and the position moves only after JetStream acknowledged the batch, in the same
// transaction. A relay killed in between leaves the position where it was; whoever runs next publishes
// that batch again and JetStream drops the copies by their ids (its duplicate window), so nothing is lost
// or stored twice. Runs as system work (lib/jobs/worker.ts via lib/events/broker.ts).
import { db, Prisma } from "@/lib/db";
import { sequenceEvents } from "@/lib/events/sequence";
import { toEventResource, type StoredEvent } from "@/lib/events/resource";
import {
  openJetStream,
  publishBatch,
  type BatchOutcome,
  type BrokerStream,
  type JetStreamTarget,
  type OutgoingMessage,
} from "@/lib/events/nats/jetstream";

const BATCH_SIZE = 500;
/** Batches per organization per run, so one organization's backlog does not hold the worker's tick. */
const MAX_BATCHES = 20;
/** A batch's transaction holds its row lock while JetStream acknowledges (each publish times out at 5 s). */
const BATCH_TRANSACTION_MS = 60_000;

export interface RelayRunOptions {
  batchSize?: number;
  maxBatches?: number;
  /** Only these organizations (a deployment sharding the relay; tests sharing one database). */
  organizationIds?: readonly string[];
  /** Stops the run: a batch in flight is not saved, as after a crash (the next run publishes it again). */
  signal?: AbortSignal;
}

export interface RelayReport {
  published: number;
  /** Messages JetStream already had: republished after a relay stopped before saving its position. */
  duplicates: number;
  organizations: number;
  ms: number;
  perSecond: number;
}

export interface NatsRelay {
  readonly stream: BrokerStream;
  run(options?: RelayRunOptions): Promise<RelayReport>;
  close(): Promise<void>;
}

/** Connects to `servers` (comma-separated NATS URLs) and makes sure the stream exists. */
export async function openNatsRelay(servers: string, stream: BrokerStream): Promise<NatsRelay> {
  const target = await openJetStream(servers, stream);
  return {
    stream,
    run: (options = {}) => relayPending(target, options),
    close: () => target.connection.drain(),
  };
}

async function relayPending(target: JetStreamTarget, options: RelayRunOptions): Promise<RelayReport> {
  const started = performance.now();
  const total: BatchOutcome = { acked: 0, duplicates: 0 };
  const orgs = await organizationsWithUnpublished(target.stream.name, options.organizationIds);
  for (const orgId of orgs) {
    await db.$executeRaw`
      INSERT INTO event_relay_position (stream, organization_id) VALUES (${target.stream.name}, ${orgId})
      ON CONFLICT DO NOTHING`;
    for (let batch = 0; batch < (options.maxBatches ?? MAX_BATCHES); batch++) {
      options.signal?.throwIfAborted();
      await sequenceEvents(orgId);
      const outcome = await publishNextBatch(target, orgId, options);
      total.acked += outcome.acked;
      total.duplicates += outcome.duplicates;
      if (outcome.error)
        throw new Error(`JetStream did not acknowledge an event of ${orgId}.`, { cause: outcome.error });
      if (outcome.done) break;
    }
  }
  const ms = performance.now() - started;
  return {
    published: total.acked,
    duplicates: total.duplicates,
    organizations: orgs.length,
    ms: Math.round(ms),
    perSecond: ms > 0 ? Math.round((total.acked * 1000) / ms) : 0,
  };
}

/** Organizations with events not yet numbered or numbered past where this stream's relay got to. */
async function organizationsWithUnpublished(stream: string, only?: readonly string[]): Promise<string[]> {
  const filter = only ? Prisma.sql`AND o.id = ANY(${[...only]}::text[])` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM organization o
    LEFT JOIN event_relay_position r ON r.stream = ${stream} AND r.organization_id = o.id
    WHERE (EXISTS (SELECT 1 FROM "event" e WHERE e.organization_id = o.id AND e.position IS NULL)
        OR EXISTS (SELECT 1 FROM "event" e WHERE e.organization_id = o.id AND e.position > coalesce(r.position, 0)))
      ${filter}
    ORDER BY o.id`;
  return rows.map((row) => row.id);
}

/** One batch under the organization's row lock; `done` when nothing more is waiting or another relay has it. */
function publishNextBatch(
  target: JetStreamTarget,
  orgId: string,
  options: RelayRunOptions,
): Promise<BatchOutcome & { done: boolean }> {
  const { name, subjectPrefix } = target.stream;
  const batchSize = options.batchSize ?? BATCH_SIZE;
  return db.$transaction(
    async (tx) => {
      const [cursor] = await tx.$queryRaw<{ position: string }[]>`
        SELECT position::text FROM event_relay_position WHERE stream = ${name} AND organization_id = ${orgId}
        FOR UPDATE SKIP LOCKED`;
      if (!cursor) return { acked: 0, duplicates: 0, done: true };
      const events = await tx.$queryRaw<StoredEvent[]>`
        SELECT id::text, organization_id AS "organizationId", type, occurred_at AS "occurredAt",
               actor_type AS "actorType", actor_id AS "actorId", resource_type AS "resourceType",
               resource_id::text AS "resourceId", payload, position::text AS position
        FROM "event" WHERE organization_id = ${orgId} AND position > ${cursor.position}::bigint
        ORDER BY "event".position LIMIT ${batchSize}`;
      if (events.length === 0) return { acked: 0, duplicates: 0, done: true };
      const outcome = await publishBatch(
        target,
        events.map((event) => toMessage(subjectPrefix, event)),
      );
      // Stopped now, the batch is published and its position not saved: exactly what a crash leaves.
      options.signal?.throwIfAborted();
      const last = events[outcome.acked - 1];
      if (last) {
        await tx.$executeRaw`
          UPDATE event_relay_position SET position = ${last.position}::bigint, updated_at = now()
          WHERE stream = ${name} AND organization_id = ${orgId}`;
      }
      return { ...outcome, done: events.length < batchSize };
    },
    { timeout: BATCH_TRANSACTION_MS, maxWait: BATCH_TRANSACTION_MS },
  );
}

/** The body is the event as GET /api/v1/events shows it. */
function toMessage(subjectPrefix: string, event: StoredEvent): OutgoingMessage {
  return {
    id: event.id,
    subject: `${subjectPrefix}.${event.organizationId}.${event.type}`,
    position: event.position,
    body: JSON.stringify(toEventResource(event)),
  };
}
