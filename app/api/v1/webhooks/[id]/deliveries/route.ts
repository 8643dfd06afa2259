// GET the endpoint's delivery log, newest first (status, response code, duration, attempt, next retry).
import { apiRoute } from "@/lib/api/handler";
import { listWebhookDeliveries } from "@/lib/webhooks/queries";

export const GET = apiRoute<{ id: string }>("listWebhookDeliveries", async (_request, ctx, { id }) =>
  Response.json({ data: await listWebhookDeliveries(ctx, id) }),
);
