// Webhook endpoint input (the settings form and the REST API parse the same schemas; no server imports).
import { z } from "zod";
import { eventTypes } from "@/lib/events/types";
import { isBlockedHostLiteral } from "@/lib/webhooks/addresses";

/** Plain http and private targets only where the operator allows them (development, WEBHOOKS_ALLOW_PRIVATE). */
export function webhooksAllowPrivate(env: Record<string, string | undefined> = process.env): boolean {
  return env.WEBHOOKS_ALLOW_PRIVATE === "true";
}

function allowsHttp(): boolean {
  return process.env.NODE_ENV === "development" || webhooksAllowPrivate();
}

const webhookUrlSchema = z
  .string()
  .trim()
  .max(2000, "The URL must be at most 2000 characters")
  .superRefine((value, issue) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      issue.addIssue({ code: "custom", message: "Enter a full URL, such as https://example.com/hooks" });
      return;
    }
    if (url.protocol !== "https:" && !(url.protocol === "http:" && allowsHttp())) {
      issue.addIssue({ code: "custom", message: "The URL must use https" });
    } else if (url.username || url.password) {
      issue.addIssue({ code: "custom", message: "The URL must not contain credentials" });
    } else if (!webhooksAllowPrivate() && isBlockedHostLiteral(url.hostname)) {
      issue.addIssue({ code: "custom", message: "Private, loopback and link-local addresses are not allowed" });
    }
  });

const fieldName = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_.]{0,59}$/, "Field names are letters, digits, _ and .");

export const webhookEndpointInputSchema = z.object({
  url: webhookUrlSchema,
  description: z.string().trim().max(500, "The description must be at most 500 characters").default(""),
  /** Empty: every event type. */
  eventTypes: z.array(z.enum(eventTypes)).max(eventTypes.length).default([]),
  /** Only events that changed one of these fields; empty: any. */
  fieldFilter: z.array(fieldName).max(50).default([]),
});

export const webhookEndpointPatchSchema = webhookEndpointInputSchema
  .partial()
  .extend({ enabled: z.boolean().optional() })
  .refine((patch) => Object.keys(patch).length > 0, "Nothing to update");

export const webhookReplaySchema = z.object({
  since: z.coerce.date({ error: "`since` must be an ISO date-time" }),
});

export const webhookDeliveryStatuses = ["pending", "retrying", "succeeded", "failed"] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

/** The settings form: field names typed comma-separated (splitFieldFilter turns them into the API's list). */
export const webhookEndpointFormSchema = webhookEndpointInputSchema.extend({
  fieldFilter: z.string().max(1000, "At most 1000 characters"),
});
export type WebhookEndpointFormValues = z.input<typeof webhookEndpointFormSchema>;

export const splitFieldFilter = (text: string) =>
  text
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);

export const webhookEndpointIdSchema = z.object({ id: z.string().min(1) });
