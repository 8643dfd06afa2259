// POST: restore an archived aircraft or vehicle.
import { apiRoute } from "@/lib/api/handler";
import { restoreAsset } from "@/lib/assets/mutations";
import { toAssetResource } from "@/lib/assets/resource";

export const POST = apiRoute<{ id: string }>("restoreAsset", async (_request, ctx, { id }) => {
  const asset = await restoreAsset(ctx, id);
  return Response.json({ data: toAssetResource(asset) });
});
