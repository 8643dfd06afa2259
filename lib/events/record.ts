import "server-only";
// Writes outbox events inside the caller's transaction, so a change and its events commit or roll back
// together. One INSERT … SELECT per call whatever the number of rows: bulk actions and imports pass a
// whole batch. Each event's `data` is its resource as the transaction sees it now (lib/events/payload.ts).
import type { Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { uuid7 } from "@/lib/imports/sql";
import { publishedFieldNames, resourceDataSql } from "@/lib/events/payload";
import { eventResourceTypes, type EventResourceType, type EventType } from "@/lib/events/types";

export interface EventRow {
  type: EventType;
  resourceType: EventResourceType;
  resourceId: string;
  /** The changed fields' names (REST spelling); sensitive ones are dropped. */
  changed?: readonly string[];
  /** Extra top-level payload keys, e.g. a merge's merged customer ids or an import's counts. */
  extra?: Record<string, unknown>;
}

/** Who acts: a Ctx, or the little of one that work without a member (the retention job) has. */
type EventActor = Pick<Ctx, "orgId" | "userId" | "actor" | "apiKeyId">;

/** The id a consumer sees as the event's actor: the API key for keys, else the user (none for the system). */
const actorIdOf = (ctx: EventActor): string | null => (ctx.actor === "apiKey" ? (ctx.apiKeyId ?? null) : ctx.userId);

/**
 * The INSERT for a call's resource types: only their payload subqueries, so PostgreSQL plans one (a single
 * write's statement planned all five: 3 ms of a 16 ms customer update). Built once per set of types.
 */
const insertSqlFor = (() => {
  const built = new Map<string, string>();
  return (types: readonly EventResourceType[]): string => {
    const present = eventResourceTypes.filter((type) => types.includes(type));
    const key = present.join(",");
    let sql = built.get(key);
    if (!sql) {
      const dataSql =
        present.length === 1
          ? resourceDataSql(present[0]!, "$2")
          : `CASE r.resource_type ${present.map((type) => `WHEN '${type}' THEN ${resourceDataSql(type, "$2")}`).join(" ")} END`;
      // `seq` (bigserial, drawn as the sorted rows are inserted) keeps the batch's order for the sequencer.
      sql = `INSERT INTO "event" (id, organization_id, type, actor_type, actor_id, resource_type, resource_id, payload)
SELECT r.id, $2, r.type, $3, $4, r.resource_type, r.resource_id,
       jsonb_build_object('data', ${dataSql}, 'changed', coalesce(r.changed, '[]'::jsonb)) || coalesce(r.extra, '{}'::jsonb)
FROM jsonb_to_recordset($1::jsonb) AS r(seq int, id uuid, type text, resource_type text, resource_id uuid, changed jsonb, extra jsonb)
ORDER BY r.seq`;
      built.set(key, sql);
    }
    return sql;
  };
})();

/** A contact's `isPrimary` is `primary` in its resource; fields an event may not carry are left out. */
function publishedChanges({ resourceType, changed = [] }: EventRow): string[] {
  const names = changed.map((field) => (resourceType === "contact" && field === "isPrimary" ? "primary" : field));
  return [...new Set(names)].filter((field) => publishedFieldNames[resourceType].has(field));
}

export async function recordEvents(tx: Tx, ctx: EventActor, rows: readonly EventRow[]): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map((row, seq) => ({
    seq,
    id: uuid7(),
    type: row.type,
    resource_type: row.resourceType,
    resource_id: row.resourceId,
    changed: publishedChanges(row),
    extra: row.extra ?? null,
  }));
  await tx.$executeRawUnsafe(
    insertSqlFor(rows.map((row) => row.resourceType)),
    JSON.stringify(records),
    ctx.orgId,
    ctx.actor,
    actorIdOf(ctx),
  );
}

export function recordEvent(tx: Tx, ctx: EventActor, row: EventRow): Promise<void> {
  return recordEvents(tx, ctx, [row]);
}
