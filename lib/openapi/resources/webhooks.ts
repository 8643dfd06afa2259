// Webhook endpoints (admins): the organization's events pushed, signed per Standard Webhooks, with a delivery log.
import { z } from "zod";
import { timestamp, uuid } from "@/lib/openapi/common";
import { eventTypes } from "@/lib/events/types";
import type { Operation, ResourceSpec } from "@/lib/openapi/registry";
import {
  webhookDeliveryStatuses,
  webhookEndpointInputSchema,
  webhookEndpointPatchSchema,
  webhookReplaySchema,
} from "@/lib/webhooks/schemas";

const endpointFields = {
  id: uuid,
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(z.enum(eventTypes)).describe("Empty: every event type"),
  fieldFilter: z.array(z.string()).describe("Only events whose `changed` holds one of these; empty: any"),
  enabled: z.boolean(),
  disabledReason: z.string().nullable().describe("Why it is disabled (by an admin, or after failing for days)"),
  failingSince: timestamp.nullable().describe("First failed attempt since the last success"),
  createdAt: timestamp,
  updatedAt: timestamp,
};

const base = { permission: "webhook:manage" as const };
const withEndpoint = ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"] as const;

const operations: Operation[] = [
  {
    ...base,
    operationId: "listWebhookEndpoints",
    method: "get",
    path: "/webhooks",
    summary: "List webhook endpoints",
    success: {
      status: 200,
      description: "The endpoints (never their secrets)",
      schema: "WebhookEndpoint",
      shape: "list",
    },
    errors: ["UNAUTHORIZED", "FORBIDDEN"],
  },
  {
    ...base,
    operationId: "createWebhookEndpoint",
    method: "post",
    path: "/webhooks",
    body: "WebhookEndpointInput",
    summary: "Create a webhook endpoint",
    description:
      "https only (and never a private, loopback or link-local address). The answer holds `secret` (`whsec_…`) this once: verify each delivery's `webhook-signature` with it (Standard Webhooks). The endpoint receives the events that happen from now on.",
    success: { status: 201, description: "The endpoint with its secret", schema: "WebhookEndpointCreated" },
    errors: ["UNAUTHORIZED", "FORBIDDEN", "VALIDATION"],
  },
  {
    ...base,
    operationId: "getWebhookEndpoint",
    method: "get",
    path: "/webhooks/{id}",
    summary: "Get a webhook endpoint",
    success: { status: 200, description: "The endpoint", schema: "WebhookEndpoint" },
    errors: [...withEndpoint],
  },
  {
    ...base,
    operationId: "updateWebhookEndpoint",
    method: "patch",
    path: "/webhooks/{id}",
    body: "WebhookEndpointPatch",
    summary: "Update, enable or disable a webhook endpoint",
    description: "Enabling again resumes from where it stopped: the events of the disabled time are delivered.",
    success: { status: 200, description: "The updated endpoint", schema: "WebhookEndpoint" },
    errors: [...withEndpoint, "VALIDATION"],
  },
  {
    ...base,
    operationId: "deleteWebhookEndpoint",
    method: "delete",
    path: "/webhooks/{id}",
    summary: "Delete a webhook endpoint and its delivery log",
    success: { status: 204, description: "Deleted" },
    errors: [...withEndpoint],
  },
  {
    ...base,
    operationId: "testWebhookEndpoint",
    method: "post",
    path: "/webhooks/{id}/test",
    summary: "Send a test event",
    description: "Sends `webhook.test` now (not retried) and answers its delivery.",
    success: { status: 200, description: "The test delivery", schema: "WebhookDelivery" },
    errors: [...withEndpoint],
  },
  {
    ...base,
    operationId: "listWebhookDeliveries",
    method: "get",
    path: "/webhooks/{id}/deliveries",
    summary: "List an endpoint's deliveries",
    description: "The latest 100, newest first.",
    success: { status: 200, description: "The deliveries", schema: "WebhookDelivery", shape: "list" },
    errors: [...withEndpoint],
  },
  {
    ...base,
    operationId: "replayWebhookDelivery",
    method: "post",
    path: "/webhooks/{id}/deliveries/{deliveryId}/replay",
    summary: "Replay one delivery",
    description: "Queues the delivery's event again as a new delivery.",
    success: { status: 202, description: "The queued delivery", schema: "WebhookDelivery" },
    errors: [...withEndpoint, "VALIDATION"],
  },
  {
    ...base,
    operationId: "replayWebhookEvents",
    method: "post",
    path: "/webhooks/{id}/replay",
    body: "WebhookReplay",
    summary: "Replay every event since a time",
    description: "Queues again the events since `since` that the endpoint's filters match (at most 10,000).",
    success: { status: 202, description: "How many deliveries were queued", schema: "WebhookReplayResult" },
    errors: [...withEndpoint, "VALIDATION"],
  },
];

export const webhooksResource: ResourceSpec = {
  tag: "Webhooks",
  description:
    "Endpoints that receive the organization's events as signed POSTs (`webhook-id` = the event id, `webhook-timestamp`, `webhook-signature`; body `{ type, timestamp, data }`), at least once and in order per resource, retried with backoff for about a day. Admins and admin API keys.",
  schemas: {
    WebhookEndpointInput: webhookEndpointInputSchema,
    WebhookEndpointPatch: webhookEndpointPatchSchema,
    WebhookReplay: z.object({ since: webhookReplaySchema.shape.since.describe("ISO date-time") }),
    WebhookEndpoint: z.object(endpointFields),
    WebhookEndpointCreated: z.object({
      ...endpointFields,
      secret: z.string().describe("`whsec_` + base64: shown this once"),
    }),
    WebhookDelivery: z.object({
      id: uuid,
      endpointId: uuid,
      eventId: uuid.nullable().describe("Null for a test delivery"),
      eventType: z.string(),
      resourceId: uuid.nullable(),
      attempt: z.number().int().min(0),
      status: z.enum(webhookDeliveryStatuses),
      responseCode: z.number().int().nullable(),
      durationMs: z.number().int().nullable(),
      error: z.string().nullable(),
      nextAttemptAt: timestamp.nullable(),
      createdAt: timestamp,
      updatedAt: timestamp,
    }),
    WebhookReplayResult: z.object({ queued: z.number().int().min(0) }),
  },
  operations,
};
