// What the browser subscribes to (the resources on screen) and what it receives over /api/live: ids,
// types and the actor's name only — the page re-reads the data itself, through the data layer, so a
// message carries nothing a member could not see (no field values; masked customers stay masked).
// No server imports: the client hook reads these types.
import { z } from "zod";

/** `customer:<id>`, `asset:<id>`, `work_order:<id>`, or a list: `customers`, `work_orders`. */
export type LiveTopic = string;

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const topicPattern = new RegExp(`^(?:(?:customer|asset|work_order):${UUID}|customers|work_orders)$`, "i");

/** At most this many topics per connection (a page shows one record and a list or two). */
const MAX_TOPICS = 10;

export const liveTopicsSchema = z
  .array(z.string().regex(topicPattern, "Unknown live topic"))
  .min(1, "Name at least one topic")
  .max(MAX_TOPICS, `At most ${MAX_TOPICS} topics`)
  .transform((topics) => [...new Set(topics.map((topic) => topic.toLowerCase()))]);

export const customerTopic = (id: string): LiveTopic => `customer:${id}`;
export const assetTopic = (id: string): LiveTopic => `asset:${id}`;
export const workOrderTopic = (id: string): LiveTopic => `work_order:${id}`;

/** An outbox event as a subscriber sees it (SSE `event: change`, `id:` = the stream cursor). */
export interface LiveChange {
  type: string;
  resource: { type: string; id: string };
  /** The subscribed topics this change is about. */
  topics: LiveTopic[];
  /** Who made it: a member's or an API key's name (null for the system); `self` when it was this user. */
  actor: { name: string | null; self: boolean };
  occurredAt: string;
}

/** How often an open page says it is still there (lib/live/presence.ts expires it after its TTL). */
export const PRESENCE_HEARTBEAT_MS = 10_000;

const presenceModes = ["viewing", "editing"] as const;
export type PresenceMode = (typeof presenceModes)[number];

/** Who has the resource open (SSE `event: presence`, and the heartbeat's answer). */
export interface PresenceList {
  resource: LiveTopic;
  people: { userId: string; name: string; mode: PresenceMode }[];
}

export const presenceInputSchema = z.object({
  resource: z.string().regex(new RegExp(`^customer:${UUID}$`, "i"), "Unknown presence resource"),
  mode: z.enum(presenceModes).default("viewing"),
});
