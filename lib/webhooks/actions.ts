"use server";
// Webhook server actions for Settings → Webhooks: builder → mutation → revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough } from "@/lib/safe-action";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  replayWebhookDelivery,
  sendTestWebhook,
  updateWebhookEndpoint,
} from "@/lib/webhooks/mutations";
import { webhookEndpointIdSchema, webhookEndpointInputSchema } from "@/lib/webhooks/schemas";

const WEBHOOKS_PATH = "/settings/webhooks";

/** Returns the signing secret: the only time it is ever shown. */
export const createWebhookEndpointAction = action(passThrough(webhookEndpointInputSchema), async (input, ctx) => {
  const result = await createWebhookEndpoint(ctx, input);
  revalidatePath(WEBHOOKS_PATH);
  return result;
});

export const setWebhookEndpointEnabledAction = action(
  webhookEndpointIdSchema.extend({ enabled: z.boolean() }),
  async ({ id, enabled }, ctx) => {
    const result = await updateWebhookEndpoint(ctx, id, { enabled });
    revalidatePath(WEBHOOKS_PATH, "layout");
    return result;
  },
);

export const deleteWebhookEndpointAction = action(webhookEndpointIdSchema, async ({ id }, ctx) => {
  const result = await deleteWebhookEndpoint(ctx, id);
  revalidatePath(WEBHOOKS_PATH);
  return result;
});

export const sendTestWebhookAction = action(webhookEndpointIdSchema, async ({ id }, ctx) => {
  const result = await sendTestWebhook(ctx, id);
  revalidatePath(`${WEBHOOKS_PATH}/${id}`);
  return result;
});

export const replayWebhookDeliveryAction = action(
  webhookEndpointIdSchema.extend({ deliveryId: z.string().min(1) }),
  async ({ id, deliveryId }, ctx) => {
    const result = await replayWebhookDelivery(ctx, id, deliveryId);
    revalidatePath(`${WEBHOOKS_PATH}/${id}`);
    return result;
  },
);
