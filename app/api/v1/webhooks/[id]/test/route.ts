// POST: send a `webhook.test` event to the endpoint now; answers the logged delivery.
import { apiRoute } from "@/lib/api/handler";
import { sendTestWebhook } from "@/lib/webhooks/mutations";

export const POST = apiRoute<{ id: string }>("testWebhookEndpoint", async (_request, ctx, { id }) =>
  Response.json({ data: await sendTestWebhook(ctx, id) }),
);
