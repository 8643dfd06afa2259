// POST: queue a delivery's event again (sent by the next worker step); answers the new delivery.
import { apiRoute } from "@/lib/api/handler";
import { replayWebhookDelivery } from "@/lib/webhooks/mutations";

export const POST = apiRoute<{ id: string; deliveryId: string }>(
  "replayWebhookDelivery",
  async (_request, ctx, { id, deliveryId }) =>
    Response.json({ data: await replayWebhookDelivery(ctx, id, deliveryId) }, { status: 202 }),
);
