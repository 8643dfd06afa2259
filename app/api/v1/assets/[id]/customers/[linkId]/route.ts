// PATCH a link (relationship, status, since, notes; `primary: true` makes it primary). DELETE unlinks.
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { unlinkCustomer, updateLink } from "@/lib/asset-links/mutations";
import { assertLinkOnAsset, withVisibility } from "@/lib/asset-links/queries";
import { fromLinkPatchBody, toLinkResource } from "@/lib/asset-links/resource";

type Params = { id: string; linkId: string };

export const PATCH = apiRoute<Params>("updateAssetLink", async (request, ctx, { id, linkId }) => {
  const body = await readJsonObject(request);
  await assertLinkOnAsset(ctx, id, linkId);
  const [link] = await withVisibility(ctx, [await updateLink(ctx, linkId, fromLinkPatchBody(body))]);
  return Response.json({ data: toLinkResource(link!) });
});

export const DELETE = apiRoute<Params>("unlinkCustomer", async (_request, ctx, { id, linkId }) => {
  await assertLinkOnAsset(ctx, id, linkId);
  await unlinkCustomer(ctx, linkId);
  return new Response(null, { status: 204 });
});
