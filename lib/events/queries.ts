import "server-only";
// The catch-up read of the outbox: the organization's events in stream order (lib/events/sequence.ts),
// after a cursor. Numbering what committed since the last read comes first, so nothing is ever skipped.
import { db, Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { parseWith } from "@/lib/validation";
import { encodeEventCursor, eventListSchema } from "@/lib/events/schemas";
import { sequenceEvents } from "@/lib/events/sequence";
import { toEventResource, type EventResource, type StoredEvent } from "@/lib/events/resource";

export interface EventPage {
  events: EventResource[];
  /** Where the next read resumes: after the last event returned, or where this one started when none. */
  nextCursor: string;
}

export async function listEvents(ctx: Ctx, input: unknown): Promise<EventPage> {
  assertCan(ctx, "event:read");
  const { after, types, limit } = parseWith(eventListSchema, input);
  await sequenceEvents(ctx.orgId);
  const typeFilter = types?.length ? Prisma.sql`AND type = ANY(${types}::text[])` : Prisma.empty;
  const rows = await db.$queryRaw<StoredEvent[]>`
    SELECT id::text, organization_id AS "organizationId", type, occurred_at AS "occurredAt", actor_type AS "actorType",
           actor_id AS "actorId", resource_type AS "resourceType", resource_id::text AS "resourceId", payload,
           position::text AS position
    FROM "event"
    WHERE organization_id = ${ctx.orgId} AND position > ${String(after)}::bigint ${typeFilter}
    ORDER BY "event".position
    LIMIT ${limit}`;
  const last = rows.at(-1);
  return { events: rows.map(toEventResource), nextCursor: encodeEventCursor(last ? BigInt(last.position) : after) };
}
