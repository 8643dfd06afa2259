// GET one asset; PATCH some of its fields (If-Match or `version` for optimistic concurrency);
// DELETE archives it, or with ?permanent=true deletes it for good (admins, unreferenced only).
import { readJsonObject } from "@/lib/api/body";
import { apiRoute, readIfMatchVersion } from "@/lib/api/handler";
import { archiveAsset, deleteAsset, updateAsset } from "@/lib/assets/mutations";
import { getAsset } from "@/lib/assets/queries";
import { toAssetResource } from "@/lib/assets/resource";

type Params = { id: string };

export const GET = apiRoute<Params>("getAsset", async (_request, ctx, { id }) => {
  const { createdBy: _c, updatedBy: _u, archivedBy: _a, homeServiceCenter, ...asset } = await getAsset(ctx, id);
  return Response.json(
    { data: { ...toAssetResource(asset), homeServiceCenter } },
    { headers: { ETag: `"${asset.version}"` } },
  );
});

export const PATCH = apiRoute<Params>("updateAsset", async (request, ctx, { id }) => {
  const expectedVersion = readIfMatchVersion(request);
  const body = await readJsonObject(request);
  const asset = await updateAsset(ctx, id, body, { expectedVersion });
  return Response.json({ data: toAssetResource(asset) }, { headers: { ETag: `"${asset.version}"` } });
});

export const DELETE = apiRoute<Params>("archiveOrDeleteAsset", async (request, ctx, { id }) => {
  if (new URL(request.url).searchParams.get("permanent") === "true") {
    await deleteAsset(ctx, id);
    return new Response(null, { status: 204 });
  }
  const asset = await archiveAsset(ctx, id);
  return Response.json({ data: toAssetResource(asset) });
});
