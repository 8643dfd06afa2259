import "server-only";
// Presence: who has a customer's page or edit form open right now. Each open page upserts its row every
// PRESENCE_HEARTBEAT_MS; a row not seen for PRESENCE_TTL_MS is gone. Kept in the database (every app
// instance sees the same rows) and announced on the live channel when someone arrives, leaves or switches
// between viewing and editing; a departure without a goodbye (a closed tab) shows in the others' next
// heartbeat answer, so it is gone within TTL + one heartbeat.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { LIVE_CHANNEL } from "@/lib/live/listener";
import { presenceInputSchema, type PresenceList, type PresenceMode } from "@/lib/live/topics";

export const PRESENCE_TTL_MS = 20_000;
/** Rows this much older than the TTL are deleted by the next heartbeat on the same resource. */
const PRESENCE_PURGE = "10 minutes";

const ttl = `${PRESENCE_TTL_MS} milliseconds`;

function notifyPresence(orgId: string, resource: string) {
  const payload = JSON.stringify({ k: "presence", o: orgId, r: resource });
  return db.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${payload})`;
}

async function presenceTarget(ctx: Ctx, input: unknown) {
  assertCan(ctx, "customer:read");
  const { resource, mode } = parseWith(presenceInputSchema, input);
  const customerId = resource.slice("customer:".length).toLowerCase();
  const exists = await db.customer.count({ where: { id: customerId, organizationId: ctx.orgId } });
  if (!exists || !ctx.userId) throw notFound("Customer");
  return { resource: `customer:${customerId}`, mode, userId: ctx.userId };
}

/** Who has `resource` open now (the caller included), by name. */
export async function readPresence(orgId: string, resource: string): Promise<PresenceList> {
  const people = await db.$queryRaw<PresenceList["people"]>`
    SELECT p.user_id AS "userId", u.name, p.mode
    FROM presence p JOIN "user" u ON u.id = p.user_id
    WHERE p.organization_id = ${orgId} AND p.resource = ${resource}
      AND p.last_seen > now() - ${ttl}::interval
    ORDER BY u.name, p.user_id`;
  return { resource, people };
}

/** The page's heartbeat: "I am here, viewing or editing"; answers who else is. */
export async function heartbeatPresence(ctx: Ctx, input: unknown): Promise<PresenceList> {
  const { resource, mode, userId } = await presenceTarget(ctx, input);
  const [previous] = await db.$queryRaw<{ mode: PresenceMode; live: boolean }[]>`
    WITH previous AS (
      SELECT mode, last_seen > now() - ${ttl}::interval AS live FROM presence
      WHERE organization_id = ${ctx.orgId} AND user_id = ${userId} AND resource = ${resource}
    ), upsert AS (
      INSERT INTO presence (organization_id, user_id, resource, mode, last_seen)
      VALUES (${ctx.orgId}, ${userId}, ${resource}, ${mode}, now())
      ON CONFLICT (organization_id, user_id, resource) DO UPDATE SET mode = EXCLUDED.mode, last_seen = EXCLUDED.last_seen
    )
    SELECT mode, live FROM previous`;
  await db.$executeRaw`
    DELETE FROM presence WHERE organization_id = ${ctx.orgId} AND resource = ${resource}
      AND last_seen < now() - ${PRESENCE_PURGE}::interval`;
  if (!previous?.live || previous.mode !== mode) await notifyPresence(ctx.orgId, resource);
  return readPresence(ctx.orgId, resource);
}

/** The page closed (or navigated away): gone at once for the others. */
export async function leavePresence(ctx: Ctx, input: unknown): Promise<void> {
  const { resource, userId } = await presenceTarget(ctx, input);
  const removed = await db.$executeRaw`
    DELETE FROM presence WHERE organization_id = ${ctx.orgId} AND user_id = ${userId} AND resource = ${resource}`;
  if (removed > 0) await notifyPresence(ctx.orgId, resource);
}
