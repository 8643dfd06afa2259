// POST: dismiss the pair `{key}` ("<id>,<id>") as not a duplicate, with an optional note. DELETE: take that back.
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { dismissDuplicatePair, restoreDuplicatePair } from "@/lib/duplicate-pairs/mutations";
import { toDismissalResource } from "@/lib/duplicate-pairs/resource";
import { pairIdsFromKey } from "@/lib/duplicate-pairs/schemas";

export const POST = apiRoute<{ key: string }>("dismissDuplicatePair", async (request, ctx, { key }) => {
  const customerIds = pairIdsFromKey(key);
  const body = await readJsonObject(request, { optional: true });
  return Response.json({ data: toDismissalResource(await dismissDuplicatePair(ctx, { ...body, customerIds }), true) });
});

export const DELETE = apiRoute<{ key: string }>("undoDuplicateDismissal", async (_request, ctx, { key }) => {
  const result = await restoreDuplicatePair(ctx, { customerIds: pairIdsFromKey(key) });
  return Response.json({ data: toDismissalResource(result, false) });
});
