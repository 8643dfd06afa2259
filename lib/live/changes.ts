import "server-only";
// Reads the outbox for live subscribers: the organization's events after a stream position, each with
// the actor's name and the topics it concerns (the record, its customer and asset, the lists). Runs as
// the system (the listener serves every organization) and filters by organization itself.
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { runAsSystem } from "@/lib/db/tenant-scope";
import { encodeEventCursor } from "@/lib/events/schemas";
import { sequenceEvents } from "@/lib/events/sequence";
import type { LiveTopic } from "@/lib/live/topics";

export interface StreamedChange {
  position: bigint;
  type: string;
  resourceType: string;
  resourceId: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  occurredAt: Date;
  topics: LiveTopic[];
}

/** A change as read: its position as text, with the ids its topics come from. */
type ChangeRow = Omit<StreamedChange, "position" | "topics"> & {
  position: string;
  customerId: string | null;
  assetId: string | null;
};

/** The record pages and lists an event is shown on. */
function topicsOf(row: ChangeRow): LiveTopic[] {
  const topics: LiveTopic[] = [];
  const customer = row.resourceType === "customer" ? row.resourceId : row.customerId;
  if (customer) topics.push(`customer:${customer}`);
  if (row.assetId) topics.push(`asset:${row.assetId}`);
  if (row.resourceType === "customer" || row.resourceType === "import") topics.push("customers");
  if (row.resourceType === "work_order") topics.push(`work_order:${row.resourceId}`, "work_orders");
  return topics;
}

/** Numbers what committed (lib/events/sequence.ts) and returns the organization's last position. */
export function latestPosition(orgId: string): Promise<bigint> {
  return runAsSystem(async () => {
    await sequenceEvents(orgId);
    const [row] = await db.$queryRaw<{ position: string }[]>`
      SELECT coalesce(max(position), 0)::text AS position FROM "event" WHERE organization_id = ${orgId}`;
    return BigInt(row?.position ?? "0");
  });
}

/**
 * Where a page's live updates start: the organization's cursor, read by the page before its data. The
 * browser subscribes only after the page has loaded and hydrated (a second or more on a busy machine);
 * a change committed in between is replayed from this cursor instead of being missed. What committed
 * before is numbered first, so it is not replayed as news (nor, in an organization nobody watched for a
 * while, as a backlog).
 */
export async function liveCursor(ctx: Ctx): Promise<string> {
  return encodeEventCursor(await latestPosition(ctx.orgId));
}

/** The organization's events after `after`, in stream order, at most `limit` (numbering new ones first). */
export function readChanges(orgId: string, after: bigint, limit: number): Promise<StreamedChange[]> {
  return runAsSystem(async () => {
    await sequenceEvents(orgId);
    const rows = await db.$queryRaw<ChangeRow[]>`
      SELECT e.position::text AS position, e.type, e.resource_type AS "resourceType", e.resource_id::text AS "resourceId",
             e.actor_type AS "actorType", e.actor_id AS "actorId", coalesce(u.name, k.name) AS "actorName",
             e.occurred_at AS "occurredAt",
             e.payload->'data'->>'customerId' AS "customerId", e.payload->'data'->>'assetId' AS "assetId"
      FROM "event" e
      LEFT JOIN "user" u ON e.actor_type = 'user' AND u.id = e.actor_id
      LEFT JOIN "api_key" k ON e.actor_type = 'apiKey' AND k.id::text = e.actor_id
      WHERE e.organization_id = ${orgId} AND e.position > ${String(after)}::bigint
      ORDER BY e.position
      LIMIT ${limit}`;
    return rows.map((row) => ({
      position: BigInt(row.position),
      type: row.type,
      resourceType: row.resourceType,
      resourceId: row.resourceId,
      actorType: row.actorType,
      actorId: row.actorId,
      actorName: row.actorName,
      occurredAt: row.occurredAt,
      topics: topicsOf(row),
    }));
  });
}
