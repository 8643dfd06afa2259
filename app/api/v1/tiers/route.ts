// GET: the organization's customer tiers, highest (level 1) first. POST: create one (managers and above).
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { createTier } from "@/lib/tiers/mutations";
import { listTiers } from "@/lib/tiers/queries";
import { toTierResource } from "@/lib/tiers/resource";

export const GET = apiRoute("listTiers", async (_request, ctx) => Response.json({ data: await listTiers(ctx) }));

export const POST = apiRoute("createTier", async (request, ctx) => {
  const body = await readJsonObject(request);
  const tier = await createTier(ctx, body);
  return Response.json(
    { data: toTierResource(tier) },
    {
      status: 201,
      headers: { Location: `/api/v1/tiers/${tier.id}`, ETag: `"${tier.version}"` },
    },
  );
});
