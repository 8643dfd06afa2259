// GET: list assets (kind, q, status, center, archived, sort, page, perPage). POST: create one (`kind` in the body).
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { createAsset } from "@/lib/assets/mutations";
import { listAssets } from "@/lib/assets/queries";
import { toAssetResource } from "@/lib/assets/resource";
import { parseAssetListParams } from "@/lib/assets/list-params";

export const GET = apiRoute("listAssets", async (request, ctx) => {
  const params = parseAssetListParams(new URL(request.url).searchParams);
  const { rows, total, totalCapped, totalEstimated, page, perPage, pageCount } = await listAssets(ctx, params);
  return Response.json({ data: rows, meta: { total, totalCapped, totalEstimated, page, perPage, pageCount } });
});

export const POST = apiRoute("createAsset", async (request, ctx) => {
  const body = await readJsonObject(request);
  const asset = await createAsset(ctx, body);
  return Response.json(
    { data: toAssetResource(asset) },
    {
      status: 201,
      headers: { Location: `/api/v1/assets/${asset.id}`, ETag: `"${asset.version}"` },
    },
  );
});
