import "server-only";
// The JetStream side of the event relay (lib/events/nats/relay.ts): one connection, the stream made sure of
// once, and a batch published with its acknowledgements awaited together. Only the relay imports this, and
// only lib/events/broker.ts imports the relay (dynamically, when EVENTS_NATS_URL is set).
import {
  jetstream,
  jetstreamManager,
  JetStreamApiCodes,
  JetStreamApiError,
  StorageType,
  type JetStreamClient,
} from "@nats-io/jetstream";
import { connect, headers, nanos, type NatsConnection } from "@nats-io/transport-node";

/**
 * How long JetStream remembers a message id: a relay killed after publishing and before saving its
 * position republishes that batch when it (or another instance) next runs, and JetStream drops the copies.
 */
const DUPLICATE_WINDOW_MS = 2 * 60 * 60_000;

export interface BrokerStream {
  /** The JetStream stream's name, e.g. CUSTOMERHUB. */
  name: string;
  /** Its subjects are `<prefix>.<organization>.<event type>`. */
  subjectPrefix: string;
}

export interface JetStreamTarget {
  connection: NatsConnection;
  js: JetStreamClient;
  stream: BrokerStream;
}

/** A message as the relay publishes it: the event id is its `Nats-Msg-Id`. */
export interface OutgoingMessage {
  id: string;
  subject: string;
  position: string;
  body: string;
}

export interface BatchOutcome {
  /** How many messages from the start of the batch JetStream acknowledged (stored or recognised as copies). */
  acked: number;
  /** Of those, how many JetStream had already (the same id within the duplicate window). */
  duplicates: number;
  /** Why the rest of the batch is not known to be stored. */
  error?: unknown;
}

export async function openJetStream(servers: string, stream: BrokerStream): Promise<JetStreamTarget> {
  const connection = await connect({
    servers: servers.split(",").map((server) => server.trim()),
    name: "customer-hub-event-relay",
    maxReconnectAttempts: -1,
  });
  try {
    await ensureStream(connection, stream);
  } catch (error) {
    await connection.close();
    throw error;
  }
  return { connection, js: jetstream(connection), stream };
}

/** Creates the stream, or adds our subjects and duplicate window to it; its other settings are the operator's. */
async function ensureStream(connection: NatsConnection, { name, subjectPrefix }: BrokerStream): Promise<void> {
  const jsm = await jetstreamManager(connection);
  const subjects = `${subjectPrefix}.>`;
  const duplicateWindow = nanos(DUPLICATE_WINDOW_MS);
  try {
    const { config } = await jsm.streams.info(name);
    if (config.subjects?.includes(subjects) && config.duplicate_window >= duplicateWindow) return;
    await jsm.streams.update(name, {
      ...config,
      subjects: [...new Set([...(config.subjects ?? []), subjects])],
      duplicate_window: Math.max(config.duplicate_window, duplicateWindow),
    });
  } catch (error) {
    if (!(error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound)) throw error;
    await jsm.streams.add({ name, subjects: [subjects], duplicate_window: duplicateWindow, storage: StorageType.File });
  }
}

/**
 * Publishes the batch in order on one connection (so JetStream stores it in that order) without waiting
 * for each acknowledgement before sending the next, then counts the acknowledged prefix.
 */
export async function publishBatch(
  target: JetStreamTarget,
  messages: readonly OutgoingMessage[],
): Promise<BatchOutcome> {
  const results = await Promise.allSettled(
    messages.map((message) => {
      const hdrs = headers();
      hdrs.set("Content-Type", "application/json");
      hdrs.set("CustomerHub-Event-Position", message.position);
      return target.js.publish(message.subject, message.body, {
        msgID: message.id,
        headers: hdrs,
        expect: { streamName: target.stream.name },
      });
    }),
  );
  const outcome: BatchOutcome = { acked: 0, duplicates: 0 };
  for (const result of results) {
    if (result.status === "rejected") return { ...outcome, error: result.reason };
    outcome.acked++;
    if (result.value.duplicate) outcome.duplicates++;
  }
  return outcome;
}
