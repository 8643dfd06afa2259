import "server-only";
// The worker's message-broker step (lib/jobs/worker.ts): with EVENTS_NATS_URL set, the outbox is relayed to
// NATS JetStream (lib/events/nats/relay.ts). That module and the NATS client are imported only then: without
// the setting nothing about NATS is loaded.
import { log } from "@/lib/log";
import type { BrokerStream } from "@/lib/events/nats/jetstream";
import type { NatsRelay, RelayReport } from "@/lib/events/nats/relay";

/** After a failure (broker down, stream refused) the step rests this long instead of failing every tick. */
const PAUSE_AFTER_FAILURE_MS = 30_000;

const globalForRelay = globalThis as typeof globalThis & {
  __customerHubNatsRelay?: Promise<NatsRelay>;
  __customerHubNatsRelayPausedUntil?: number;
};

/** One relay run for this instance (system work); null when no broker is configured, resting, or the run failed. */
export async function relayEventsToBroker(): Promise<RelayReport | null> {
  const servers = process.env.EVENTS_NATS_URL;
  if (!servers) return null;
  if ((globalForRelay.__customerHubNatsRelayPausedUntil ?? 0) > Date.now()) return null;
  try {
    const relay = await (globalForRelay.__customerHubNatsRelay ??= openRelay(servers));
    const report = await relay.run();
    if (report.published > 0) log().info({ ...report, stream: relay.stream.name }, "events.nats_relay");
    return report;
  } catch (error) {
    globalForRelay.__customerHubNatsRelayPausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
    log().error({ err: error }, "events.nats_relay_failed");
    return null;
  }
}

/** Closes this instance's relay connection and forgets any pause (tests; a new one opens at the next run). */
export async function resetBrokerRelay(): Promise<void> {
  const relay = globalForRelay.__customerHubNatsRelay;
  delete globalForRelay.__customerHubNatsRelay;
  delete globalForRelay.__customerHubNatsRelayPausedUntil;
  await relay?.then((opened) => opened.close()).catch(() => undefined);
}

/** EVENTS_NATS_STREAM (default CUSTOMERHUB) names the stream; its subjects start with the name in lower case. */
function brokerStream(): BrokerStream {
  const name = process.env.EVENTS_NATS_STREAM || "CUSTOMERHUB";
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) throw new Error("EVENTS_NATS_STREAM: letters, digits, _ and - only.");
  return { name, subjectPrefix: name.toLowerCase() };
}

/** Connects once per process; after a failed connection the next run (after the pause) tries again. */
function openRelay(servers: string): Promise<NatsRelay> {
  const opening = import("@/lib/events/nats/relay").then(({ openNatsRelay }) => openNatsRelay(servers, brokerStream()));
  opening.catch(() => {
    if (globalForRelay.__customerHubNatsRelay === opening) delete globalForRelay.__customerHubNatsRelay;
  });
  return opening;
}
