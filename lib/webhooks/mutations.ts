import "server-only";
// Webhook writes, scoped to ctx.orgId: create (the secret is returned exactly once), update, enable or
// disable, delete, a test event sent now, and replays (one delivery, or every event since a time).
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { sequenceEvents } from "@/lib/events/sequence";
import { parseWith } from "@/lib/validation";
import { noteEndpointHealth } from "@/lib/webhooks/delivery";
import { findWebhookEndpoint } from "@/lib/webhooks/queries";
import {
  toWebhookDeliveryResource,
  toWebhookEndpointResource,
  webhookDeliverySelect,
  webhookEndpointSelect,
} from "@/lib/webhooks/resource";
import { webhookEndpointInputSchema, webhookEndpointPatchSchema, webhookReplaySchema } from "@/lib/webhooks/schemas";
import { openWebhookSecret, sealWebhookSecret } from "@/lib/webhooks/secret";
import { generateWebhookSecret, sendWebhook, type ResolveHost } from "@/lib/webhooks/send";

/** Most events one replay may queue (an integrator needing more pages GET /api/v1/events). */
const REPLAY_LIMIT = 10_000;

/** A new endpoint starts at the current end of the stream: it receives what happens from now on. */
export async function createWebhookEndpoint(ctx: Ctx, raw: unknown) {
  assertCan(ctx, "webhook:manage");
  const input = parseWith(webhookEndpointInputSchema, raw);
  await sequenceEvents(ctx.orgId);
  const secret = generateWebhookSecret();
  const [last] = await db.$queryRaw<{ position: bigint | null }[]>`
    SELECT max(position) AS position FROM "event" WHERE organization_id = ${ctx.orgId}`;
  const row = await db.webhookEndpoint.create({
    data: {
      organizationId: ctx.orgId,
      url: input.url,
      description: input.description,
      eventTypes: input.eventTypes,
      fieldFilter: input.fieldFilter,
      secret: sealWebhookSecret(secret),
      cursorPosition: last?.position ?? 0n,
      createdById: ctx.userId,
    },
    select: webhookEndpointSelect,
  });
  return { endpoint: toWebhookEndpointResource(row), secret };
}

export async function updateWebhookEndpoint(ctx: Ctx, id: string, raw: unknown) {
  assertCan(ctx, "webhook:manage");
  const patch = parseWith(webhookEndpointPatchSchema, raw);
  await findWebhookEndpoint(ctx, id);
  const row = await db.webhookEndpoint.update({
    where: { id, organizationId: ctx.orgId },
    data: {
      ...patch,
      // Enabling again forgets the automatic disable; the endpoint resumes from its cursor (nothing missed).
      ...(patch.enabled === true ? { disabledReason: null, failingSince: null } : {}),
      ...(patch.enabled === false ? { disabledReason: "Disabled by an admin." } : {}),
    },
    select: webhookEndpointSelect,
  });
  return toWebhookEndpointResource(row);
}

export async function deleteWebhookEndpoint(ctx: Ctx, id: string) {
  await findWebhookEndpoint(ctx, id);
  await db.webhookEndpoint.delete({ where: { id, organizationId: ctx.orgId } });
  return { id };
}

/** Sends a `webhook.test` event now (not retried) and answers its delivery. */
export async function sendTestWebhook(ctx: Ctx, id: string, options: { resolve?: ResolveHost } = {}) {
  const endpoint = await findWebhookEndpoint(ctx, id);
  const delivery = await db.webhookDelivery.create({
    data: { organizationId: ctx.orgId, endpointId: id, eventType: "webhook.test", status: "pending" },
    select: { id: true, createdAt: true },
  });
  const body = JSON.stringify({
    type: "webhook.test",
    timestamp: delivery.createdAt.toISOString(),
    data: { endpointId: id, organizationId: ctx.orgId, message: "A test event from Customer Hub." },
  });
  const result = await sendWebhook({
    url: endpoint.url,
    secret: openWebhookSecret(endpoint.secret),
    messageId: delivery.id,
    body,
    resolve: options.resolve,
  });
  const row = await db.webhookDelivery.update({
    where: { id: delivery.id },
    data: {
      attempt: 1,
      status: result.ok ? "succeeded" : "failed",
      responseCode: result.responseCode,
      durationMs: result.durationMs,
      error: result.error,
    },
    select: webhookDeliverySelect,
  });
  if (result.ok) await noteEndpointHealth(id, true, new Date());
  return toWebhookDeliveryResource(row);
}

/** Queues the delivery's event again (a new delivery, sent by the next worker step). */
export async function replayWebhookDelivery(ctx: Ctx, endpointId: string, deliveryId: string, now = new Date()) {
  await findWebhookEndpoint(ctx, endpointId);
  const original = await db.webhookDelivery.findFirst({
    where: { id: deliveryId, endpointId, organizationId: ctx.orgId },
  });
  if (!original) throw new AppError("NOT_FOUND", "Webhook delivery not found.");
  if (!original.eventId) throw new AppError("VALIDATION", "A test delivery is not replayed: send a new test event.");
  const row = await db.webhookDelivery.create({
    data: {
      organizationId: ctx.orgId,
      endpointId,
      eventId: original.eventId,
      eventType: original.eventType,
      eventPosition: original.eventPosition,
      resourceId: original.resourceId,
      status: "pending",
      nextAttemptAt: now,
    },
    select: webhookDeliverySelect,
  });
  return toWebhookDeliveryResource(row);
}

/** Queues every event since `since` that the endpoint's filters match and its cursor has passed. */
export async function replayWebhookEventsSince(ctx: Ctx, endpointId: string, raw: unknown, now = new Date()) {
  const { since } = parseWith(webhookReplaySchema, raw);
  await findWebhookEndpoint(ctx, endpointId);
  const queued = await db.$executeRaw`
    INSERT INTO webhook_delivery (id, organization_id, endpoint_id, event_id, event_type, event_position, resource_id,
                                  status, next_attempt_at, created_at, updated_at)
    SELECT gen_random_uuid(), w.organization_id, w.id, e.id, e.type, e.position, e.resource_id, 'pending', ${now},
           ${now}, ${now}
    FROM webhook_endpoint w
    JOIN LATERAL (
      SELECT e.id, e.type, e.position, e.resource_id FROM "event" e
      WHERE e.organization_id = w.organization_id AND e.occurred_at >= ${since}
        AND e.position IS NOT NULL AND e.position <= w.cursor_position
        AND (coalesce(cardinality(w.event_types), 0) = 0 OR e.type = ANY(w.event_types))
        AND (coalesce(cardinality(w.field_filter), 0) = 0 OR EXISTS (
              SELECT 1 FROM jsonb_array_elements_text(coalesce(e.payload->'changed', '[]'::jsonb)) AS c(name)
              WHERE c.name = ANY(w.field_filter)))
      ORDER BY e.position LIMIT ${REPLAY_LIMIT}
    ) e ON true
    WHERE w.id = ${endpointId}::uuid AND w.organization_id = ${ctx.orgId}`;
  return { queued };
}
