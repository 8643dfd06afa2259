import "server-only";
// The delivery step the job worker runs on every instance (lib/jobs/worker.ts). Per organization (in its
// tenant scope): each enabled endpoint takes the events after its cursor that match its filters as
// pending deliveries (the endpoint row locked with SKIP LOCKED, so two instances never enqueue twice);
// then the due deliveries are claimed (SKIP LOCKED, with a lease) and sent. A resource's delivery waits
// while an earlier one for the same resource and endpoint is still pending or retrying: in order per
// resource, at least once. Failures retry with backoff, then fail; an endpoint failing for
// ENDPOINT_DISABLE_AFTER_MS is disabled with a reason, and its organization's admins are notified.
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { runInOrganization } from "@/lib/db/tenant-scope";
import { sequenceEvents } from "@/lib/events/sequence";
import { toEventResource, type StoredEvent } from "@/lib/events/resource";
import { openWebhookSecret } from "@/lib/webhooks/secret";
import { notifyWebhookDisabled } from "@/lib/notifications/notices";
import { sendWebhook, type ResolveHost, type SendResult } from "@/lib/webhooks/send";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Waits before retries 1, 2, 3 …: about 22 h in all, then the delivery is `failed`. */
export const RETRY_DELAYS_MS = [30_000, 2 * MINUTE, 10 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR] as const;
/** An endpoint whose every attempt has failed for this long is disabled. */
export const ENDPOINT_DISABLE_AFTER_MS = 3 * 24 * HOUR;
/** A claimed delivery is someone's for this long (longer than the request timeout), then claimable again. */
const CLAIM_LEASE_MS = 2 * MINUTE;
const ENQUEUE_BATCH = 500;
const SEND_BATCH = 25;
/** Requests per organization per worker tick, so queued jobs are not held up behind a long backlog. */
const SENDS_PER_STEP = 100;

interface DeliveryOptions {
  now?: Date;
  resolve?: ResolveHost;
}

/** System step: every organization with an enabled endpoint, each in its own tenant scope. */
export async function runWebhookDeliveries(options: DeliveryOptions = {}): Promise<number> {
  const orgs = await db.$queryRaw<{ organizationId: string }[]>`
    SELECT DISTINCT organization_id AS "organizationId" FROM webhook_endpoint WHERE enabled`;
  let sent = 0;
  for (const { organizationId } of orgs) {
    sent += await runInOrganization(organizationId, () => deliverForOrganization(organizationId, options));
  }
  return sent;
}

/** Enqueues and sends one organization's due deliveries; returns how many requests were made. */
export async function deliverForOrganization(orgId: string, options: DeliveryOptions = {}): Promise<number> {
  const now = options.now ?? new Date();
  await sequenceEvents(orgId);
  await enqueueNewEvents(orgId, now);
  let sent = 0;
  while (sent < SENDS_PER_STEP) {
    const claimed = await claimDueDeliveries(orgId, now);
    if (claimed.length === 0) return sent;
    for (const delivery of claimed) {
      await attemptDelivery(delivery, now, options.resolve);
      sent++;
    }
  }
  return sent;
}

async function enqueueNewEvents(orgId: string, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const endpoints = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM webhook_endpoint WHERE organization_id = ${orgId} AND enabled FOR UPDATE SKIP LOCKED`;
    for (const { id } of endpoints) {
      await tx.$executeRaw`
        WITH endpoint AS (
          SELECT id, cursor_position, event_types, field_filter FROM webhook_endpoint WHERE id = ${id}::uuid
        ), scanned AS (
          SELECT e.id, e.type, e.position, e.resource_id, e.payload FROM "event" e, endpoint
          WHERE e.organization_id = ${orgId} AND e.position > endpoint.cursor_position
          ORDER BY e.position LIMIT ${ENQUEUE_BATCH}
        ), inserted AS (
          INSERT INTO webhook_delivery (id, organization_id, endpoint_id, event_id, event_type, event_position,
                                        resource_id, status, next_attempt_at, created_at, updated_at)
          SELECT gen_random_uuid(), ${orgId}, endpoint.id, s.id, s.type, s.position, s.resource_id, 'pending',
                 ${now}, ${now}, ${now}
          FROM scanned s, endpoint
          WHERE (coalesce(cardinality(endpoint.event_types), 0) = 0 OR s.type = ANY(endpoint.event_types))
            AND (coalesce(cardinality(endpoint.field_filter), 0) = 0 OR EXISTS (
                  SELECT 1 FROM jsonb_array_elements_text(coalesce(s.payload->'changed', '[]'::jsonb)) AS c(name)
                  WHERE c.name = ANY(endpoint.field_filter)))
        )
        UPDATE webhook_endpoint SET cursor_position = (SELECT max(position) FROM scanned)
        WHERE id = ${id}::uuid AND EXISTS (SELECT 1 FROM scanned)`;
    }
  });
}

interface ClaimedDelivery {
  id: string;
  organizationId: string;
  endpointId: string;
  eventId: string | null;
  attempt: number;
  url: string;
  secret: string;
}

async function claimDueDeliveries(orgId: string, now: Date): Promise<ClaimedDelivery[]> {
  const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
  return db.$queryRaw<ClaimedDelivery[]>`
    WITH due AS (
      SELECT d.id FROM webhook_delivery d
      JOIN webhook_endpoint w ON w.id = d.endpoint_id AND w.enabled
      WHERE d.organization_id = ${orgId} AND d.status IN ('pending', 'retrying') AND d.next_attempt_at <= ${now}
        AND NOT EXISTS (
          SELECT 1 FROM webhook_delivery p
          WHERE p.endpoint_id = d.endpoint_id AND p.resource_id = d.resource_id AND p.id <> d.id
            AND p.status IN ('pending', 'retrying')
            AND (p.event_position < d.event_position OR (p.event_position = d.event_position AND p.created_at < d.created_at)))
      ORDER BY d.event_position NULLS FIRST, d.created_at
      LIMIT ${SEND_BATCH}
      FOR UPDATE OF d SKIP LOCKED
    )
    UPDATE webhook_delivery d SET next_attempt_at = ${leaseUntil}
    FROM due, webhook_endpoint w
    WHERE d.id = due.id AND w.id = d.endpoint_id
    RETURNING d.id::text, d.organization_id AS "organizationId", d.endpoint_id::text AS "endpointId",
              d.event_id::text AS "eventId", d.attempt, w.url, w.secret`;
}

/** The request body: `{ type, timestamp, data }` with the event as GET /api/v1/events shows it. */
async function eventBody(eventId: string): Promise<string | null> {
  const [event] = await db.$queryRaw<StoredEvent[]>`
    SELECT id::text, organization_id AS "organizationId", type, occurred_at AS "occurredAt", actor_type AS "actorType",
           actor_id AS "actorId", resource_type AS "resourceType", resource_id::text AS "resourceId", payload,
           position::text AS position
    FROM "event" WHERE id = ${eventId}::uuid`;
  if (!event) return null;
  return JSON.stringify({ type: event.type, timestamp: event.occurredAt.toISOString(), data: toEventResource(event) });
}

async function attemptDelivery(delivery: ClaimedDelivery, now: Date, resolve?: ResolveHost): Promise<void> {
  const body = delivery.eventId ? await eventBody(delivery.eventId) : null;
  const result: SendResult = body
    ? await sendWebhook({
        url: delivery.url,
        secret: openWebhookSecret(delivery.secret),
        messageId: delivery.eventId ?? delivery.id,
        body,
        resolve,
      })
    : { ok: false, responseCode: null, durationMs: 0, error: "The event no longer exists." };
  await recordAttempt(delivery, result, now, body !== null);
}

async function recordAttempt(delivery: ClaimedDelivery, result: SendResult, now: Date, retryable: boolean) {
  const attempt = delivery.attempt + 1;
  const delay = RETRY_DELAYS_MS[attempt - 1];
  const status = result.ok ? "succeeded" : retryable && delay !== undefined ? "retrying" : "failed";
  await db.webhookDelivery.update({
    where: { id: delivery.id },
    data: {
      attempt,
      status,
      responseCode: result.responseCode,
      durationMs: result.durationMs,
      error: result.error?.slice(0, 1000) ?? null,
      nextAttemptAt: status === "retrying" ? new Date(now.getTime() + (delay ?? 0)) : null,
    },
  });
  await noteEndpointHealth(delivery.endpointId, result.ok, now);
}

/** Success clears the failing streak; a failure starts it, and a streak past the threshold disables the endpoint. */
export async function noteEndpointHealth(endpointId: string, ok: boolean, now: Date): Promise<void> {
  if (ok) {
    await db.webhookEndpoint.updateMany({
      where: { id: endpointId, failingSince: { not: null } },
      data: { failingSince: null },
    });
    return;
  }
  await db.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: null }, data: { failingSince: now } });
  const days = ENDPOINT_DISABLE_AFTER_MS / (24 * HOUR);
  // Disabling and telling the organization's admins (lib/notifications) commit together.
  const count = await db.$transaction(async (tx) => {
    const disabled = await tx.webhookEndpoint.updateManyAndReturn({
      where: {
        id: endpointId,
        enabled: true,
        failingSince: { lte: new Date(now.getTime() - ENDPOINT_DISABLE_AFTER_MS) },
      },
      data: {
        enabled: false,
        disabledReason: `Disabled automatically on ${now.toISOString().slice(0, 10)}: every delivery failed for ${days} days.`,
      },
      select: { organizationId: true },
    });
    for (const { organizationId } of disabled) await notifyWebhookDisabled(tx, organizationId, endpointId);
    return disabled.length;
  });
  if (count > 0) log().warn({ endpointId }, "webhooks.endpoint_disabled");
}
