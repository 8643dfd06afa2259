// The organization's event feed (the transactional outbox): replay every change since a cursor.
import { z } from "zod";
import { timestamp, uuid } from "@/lib/openapi/common";
import { eventListSchema } from "@/lib/events/schemas";
import { eventActorTypes, eventResourceTypes, eventTypes } from "@/lib/events/types";
import type { ResourceSpec } from "@/lib/openapi/registry";

const { limit } = eventListSchema.shape;

export const eventsResource: ResourceSpec = {
  tag: "Events",
  description:
    "Every change to customers, contacts, asset links, work orders, ownership, merges and imports, in the order the feed grows: an integrator that was down replays what it missed.",
  schemas: {
    Event: z
      .object({
        id: uuid.describe("Stable (UUIDv7): deduplicate on it, the same event may be delivered more than once"),
        type: z.enum(eventTypes),
        organizationId: z.string(),
        occurredAt: timestamp.describe("When the changing transaction started"),
        actor: z.object({
          type: z.enum(eventActorTypes),
          id: z.string().nullable().describe("The user's id, or the API key's for `apiKey`; null for `system`"),
        }),
        resource: z.object({ type: z.enum(eventResourceTypes), id: uuid }),
        data: z
          .record(z.string(), z.unknown())
          .nullable()
          .describe(
            "The resource after the change (as it was, for a deletion; null for customers an import undo removed), without internal notes, encrypted fields or internal search keys",
          ),
        changed: z.array(z.string()).describe("The fields the change touched (empty for creations and deletions)"),
        details: z
          .record(z.string(), z.unknown())
          .describe("Type-specific extras: a merge's `mergedIds`, an import's `counts` …"),
      })
      .describe("One change, as recorded in the same transaction"),
  },
  operations: [
    {
      operationId: "listEvents",
      method: "get",
      path: "/events",
      permission: "event:read",
      summary: "Replay the event feed",
      description:
        "Pages the organization's events in stream order. Store `meta.nextCursor` (never null here: after the last event, or your `after` when nothing is new) and pass it as `after` to resume; an event committed late by a slow transaction is never skipped (it becomes readable once every earlier writer has finished). Admins and admin API keys.",
      query: [
        {
          name: "after",
          description: "A `meta.nextCursor` from a previous page; leave out to start at the beginning",
          schema: z.string(),
        },
        { name: "types", description: "Only these event types", schema: z.enum(eventTypes), list: true },
        { name: "limit", description: "Events per page", schema: limit },
      ],
      success: { status: 200, description: "One page of events", schema: "Event", shape: "cursor" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "VALIDATION"],
    },
  ],
};
