// GET one tier; PATCH it (If-Match or `version`); DELETE it — while customers use it,
// `?moveTo=<tier id>` or `?moveTo=none` says where they go.
import { readJsonObject } from "@/lib/api/body";
import { apiRoute, readIfMatchVersion } from "@/lib/api/handler";
import { deleteTier, updateTier } from "@/lib/tiers/mutations";
import { getTier } from "@/lib/tiers/queries";
import { toTierResource } from "@/lib/tiers/resource";

type Params = { id: string };

export const GET = apiRoute<Params>("getTier", async (_request, ctx, { id }) => {
  const tier = await getTier(ctx, id);
  return Response.json({ data: tier }, { headers: { ETag: `"${tier.version}"` } });
});

export const PATCH = apiRoute<Params>("updateTier", async (request, ctx, { id }) => {
  const expectedVersion = readIfMatchVersion(request);
  const body = await readJsonObject(request);
  const tier = await updateTier(ctx, id, body, { expectedVersion });
  return Response.json({ data: toTierResource(tier) }, { headers: { ETag: `"${tier.version}"` } });
});

export const DELETE = apiRoute<Params>("deleteTier", async (request, ctx, { id }) => {
  const param = new URL(request.url).searchParams.get("moveTo");
  const moveTo = param === null ? undefined : param === "none" ? null : param;
  const { moved } = await deleteTier(ctx, id, { moveTo });
  return Response.json({ data: { id, moved } });
});
