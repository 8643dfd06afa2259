// Webhook endpoints and deliveries as the REST API and the settings page show them (never the secret).
import type { WebhookDeliveryStatus } from "@/lib/webhooks/schemas";

export const webhookEndpointSelect = {
  id: true,
  url: true,
  description: true,
  eventTypes: true,
  fieldFilter: true,
  enabled: true,
  disabledReason: true,
  failingSince: true,
  createdAt: true,
  updatedAt: true,
} as const;

interface WebhookEndpointRow {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  fieldFilter: string[];
  enabled: boolean;
  disabledReason: string | null;
  failingSince: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toWebhookEndpointResource(row: WebhookEndpointRow) {
  return {
    ...row,
    failingSince: row.failingSince?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type WebhookEndpointResource = ReturnType<typeof toWebhookEndpointResource>;

export const webhookDeliverySelect = {
  id: true,
  endpointId: true,
  eventId: true,
  eventType: true,
  resourceId: true,
  attempt: true,
  status: true,
  responseCode: true,
  durationMs: true,
  error: true,
  nextAttemptAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

interface WebhookDeliveryRow {
  id: string;
  endpointId: string;
  eventId: string | null;
  eventType: string;
  resourceId: string | null;
  attempt: number;
  status: string;
  responseCode: number | null;
  durationMs: number | null;
  error: string | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toWebhookDeliveryResource(row: WebhookDeliveryRow) {
  return {
    ...row,
    status: row.status as WebhookDeliveryStatus,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type WebhookDeliveryResource = ReturnType<typeof toWebhookDeliveryResource>;
