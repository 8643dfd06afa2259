// POST { since }: queue again every event since that time that the endpoint's filters match.
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { replayWebhookEventsSince } from "@/lib/webhooks/mutations";

export const POST = apiRoute<{ id: string }>("replayWebhookEvents", async (request, ctx, { id }) =>
  Response.json({ data: await replayWebhookEventsSince(ctx, id, await readJsonObject(request)) }, { status: 202 }),
);
