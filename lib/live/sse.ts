import "server-only";
// One browser connection of GET /api/live as a Server-Sent Events stream: `change` events carry the
// outbox cursor as their `id:` (the same cursor as GET /api/v1/events), so the browser's automatic
// reconnect sends it back as Last-Event-ID and resumes without a gap; `presence` events have no id; a
// comment line every HEARTBEAT_MS keeps proxies from closing an idle connection.
import type { Ctx } from "@/lib/auth/context";
import { encodeEventCursor, eventListSchema } from "@/lib/events/schemas";
import type { LiveHub, LiveMessage } from "@/lib/live/hub";
import type { LiveTopic } from "@/lib/live/topics";

const HEARTBEAT_MS = 15_000;
/** How soon the browser reconnects after a drop. */
const RETRY_MS = 2_000;

/** The cursor a reconnecting browser sends (Last-Event-ID); an invalid one counts as none. */
export function parseLastEventId(value: string | null): bigint | null {
  if (!value) return null;
  const parsed = eventListSchema.shape.after.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function formatLiveMessage(message: LiveMessage): string {
  switch (message.kind) {
    case "change":
      return `id: ${encodeEventCursor(message.position)}\nevent: change\ndata: ${JSON.stringify(message.change)}\n\n`;
    case "presence":
      return `event: presence\ndata: ${JSON.stringify(message.presence)}\n\n`;
    case "reset":
      return `event: reset\ndata: {}\n\n`;
  }
}

/** The stream of one connection; ends (and unsubscribes) when `signal` aborts or the reader cancels. */
export function openLiveStream(
  hub: LiveHub,
  ctx: Ctx,
  topics: readonly LiveTopic[],
  after: bigint | null,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      write(`retry: ${RETRY_MS}\n: connected\n\n`);
      const subscription = await hub.subscribe(ctx, topics, (message) => write(formatLiveMessage(message)), after);
      const heartbeat = setInterval(() => write(": ping\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        subscription.close();
        signal.removeEventListener("abort", cleanup);
        try {
          controller.close();
        } catch {
          // already closed by the reader
        }
      };
      if (signal.aborted) cleanup();
      else signal.addEventListener("abort", cleanup);
    },
    cancel() {
      cleanup();
    },
  });
}
