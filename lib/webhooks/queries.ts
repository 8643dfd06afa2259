import "server-only";
// Webhook reads: the organization's endpoints and one endpoint's delivery log (newest first).
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import {
  toWebhookDeliveryResource,
  toWebhookEndpointResource,
  webhookDeliverySelect,
  webhookEndpointSelect,
} from "@/lib/webhooks/resource";

export async function listWebhookEndpoints(ctx: Ctx) {
  assertCan(ctx, "webhook:manage");
  const rows = await db.webhookEndpoint.findMany({
    where: { organizationId: ctx.orgId },
    select: webhookEndpointSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toWebhookEndpointResource);
}

/** The raw row (with the sealed secret) for the data layer; another organization's id is NOT_FOUND. */
export async function findWebhookEndpoint(ctx: Ctx, id: string) {
  assertCan(ctx, "webhook:manage");
  const row = isUuid(id) ? await db.webhookEndpoint.findFirst({ where: { id, organizationId: ctx.orgId } }) : null;
  if (!row) throw notFound("Webhook endpoint");
  return row;
}

export async function getWebhookEndpoint(ctx: Ctx, id: string) {
  assertCan(ctx, "webhook:manage");
  const row = isUuid(id)
    ? await db.webhookEndpoint.findFirst({ where: { id, organizationId: ctx.orgId }, select: webhookEndpointSelect })
    : null;
  if (!row) throw notFound("Webhook endpoint");
  return toWebhookEndpointResource(row);
}

const DELIVERY_LOG_LIMIT = 100;

export async function listWebhookDeliveries(ctx: Ctx, endpointId: string, limit = DELIVERY_LOG_LIMIT) {
  await findWebhookEndpoint(ctx, endpointId);
  const rows = await db.webhookDelivery.findMany({
    where: { organizationId: ctx.orgId, endpointId },
    select: webhookDeliverySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, limit), 500),
  });
  return rows.map(toWebhookDeliveryResource);
}
