// GET: a page of possible duplicates (the review page's params: q, reason, sort, page, perPage).
import { apiRoute } from "@/lib/api/handler";
import { duplicateListCodec } from "@/lib/duplicate-pairs/list-params";
import { listDuplicatePairs } from "@/lib/duplicate-pairs/queries";
import { toDuplicatePairPage } from "@/lib/duplicate-pairs/resource";

export const GET = apiRoute("listDuplicatePairs", async (request, ctx) => {
  const params = duplicateListCodec.parse(new URL(request.url).searchParams);
  return Response.json(toDuplicatePairPage(await listDuplicatePairs(ctx, params)));
});
