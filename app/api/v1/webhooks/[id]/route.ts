// GET one webhook endpoint; PATCH it (URL, filters, description, enabled); DELETE it with its delivery log.
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { deleteWebhookEndpoint, updateWebhookEndpoint } from "@/lib/webhooks/mutations";
import { getWebhookEndpoint } from "@/lib/webhooks/queries";

type Params = { id: string };

export const GET = apiRoute<Params>("getWebhookEndpoint", async (_request, ctx, { id }) =>
  Response.json({ data: await getWebhookEndpoint(ctx, id) }),
);

export const PATCH = apiRoute<Params>("updateWebhookEndpoint", async (request, ctx, { id }) =>
  Response.json({ data: await updateWebhookEndpoint(ctx, id, await readJsonObject(request)) }),
);

export const DELETE = apiRoute<Params>("deleteWebhookEndpoint", async (_request, ctx, { id }) => {
  await deleteWebhookEndpoint(ctx, id);
  return new Response(null, { status: 204 });
});
