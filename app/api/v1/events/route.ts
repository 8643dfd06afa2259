// GET the organization's event feed after a cursor (types, limit): catch-up for integrators.
import { apiRoute } from "@/lib/api/handler";
import { listEvents } from "@/lib/events/queries";
import { eventListInputFromSearchParams } from "@/lib/events/schemas";

export const GET = apiRoute("listEvents", async (request, ctx) => {
  const { events, nextCursor } = await listEvents(
    ctx,
    eventListInputFromSearchParams(new URL(request.url).searchParams),
  );
  return Response.json({ data: events, meta: { nextCursor } });
});
