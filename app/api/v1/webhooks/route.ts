// GET the organization's webhook endpoints; POST one (answers its signing secret, this once only).
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { createWebhookEndpoint } from "@/lib/webhooks/mutations";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";

export const GET = apiRoute("listWebhookEndpoints", async (_request, ctx) =>
  Response.json({ data: await listWebhookEndpoints(ctx) }),
);

export const POST = apiRoute("createWebhookEndpoint", async (request, ctx) => {
  const { endpoint, secret } = await createWebhookEndpoint(ctx, await readJsonObject(request));
  return Response.json(
    { data: { ...endpoint, secret } },
    { status: 201, headers: { Location: `/api/v1/webhooks/${endpoint.id}` } },
  );
});
