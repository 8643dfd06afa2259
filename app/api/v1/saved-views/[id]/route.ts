// GET one saved view; PATCH it (rename, share, replace its query: its creator only); DELETE it
// (its creator, or a manager key for a shared view).
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { deleteSavedView, updateSavedView } from "@/lib/saved-views/mutations";
import { getSavedView } from "@/lib/saved-views/queries";

type Params = { id: string };

export const GET = apiRoute<Params>("getSavedView", async (_request, ctx, { id }) =>
  Response.json({ data: await getSavedView(ctx, id) }),
);

export const PATCH = apiRoute<Params>("updateSavedView", async (request, ctx, { id }) => {
  const body = await readJsonObject(request);
  return Response.json({ data: await updateSavedView(ctx, id, body) });
});

export const DELETE = apiRoute<Params>("deleteSavedView", async (_request, ctx, { id }) =>
  Response.json({ data: await deleteSavedView(ctx, id) }),
);
