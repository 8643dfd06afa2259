// GET: the key user's saved views of a list (`?resource=customers`) and those shared with the
// organization. POST: save one (sharing it takes a manager key).
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { createSavedView } from "@/lib/saved-views/mutations";
import { listSavedViews } from "@/lib/saved-views/queries";

export const GET = apiRoute("listSavedViews", async (request, ctx) => {
  const resource = new URL(request.url).searchParams.get("resource") ?? "customers";
  return Response.json({ data: await listSavedViews(ctx, { resource }) });
});

export const POST = apiRoute("createSavedView", async (request, ctx) => {
  const body = await readJsonObject(request);
  const view = await createSavedView(ctx, body);
  return Response.json({ data: view }, { status: 201, headers: { Location: `/api/v1/saved-views/${view.id}` } });
});
