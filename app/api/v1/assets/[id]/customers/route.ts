// GET: the customers linked to an aircraft or vehicle (primary first). POST: link one.
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { linkCustomer } from "@/lib/asset-links/mutations";
import { listLinksForAsset, withVisibility } from "@/lib/asset-links/queries";
import { fromLinkCreateBody, toLinkResource } from "@/lib/asset-links/resource";

type Params = { id: string };

export const GET = apiRoute<Params>("listAssetLinks", async (_request, ctx, { id }) => {
  const links = await listLinksForAsset(ctx, id);
  return Response.json({ data: links.map(toLinkResource) });
});

export const POST = apiRoute<Params>("linkCustomer", async (request, ctx, { id }) => {
  const body = await readJsonObject(request);
  const [link] = await withVisibility(ctx, [await linkCustomer(ctx, fromLinkCreateBody(id, body))]);
  return Response.json(
    { data: toLinkResource(link!) },
    { status: 201, headers: { Location: `/api/v1/assets/${id}/customers/${link!.id}` } },
  );
});
