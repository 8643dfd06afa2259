// GET: the organization's service centers (`?active=true` for active ones only). POST: create one (admins).
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { createServiceCenter } from "@/lib/service-centers/mutations";
import { listServiceCenters } from "@/lib/service-centers/queries";
import { toServiceCenterResource } from "@/lib/service-centers/resource";

export const GET = apiRoute("listServiceCenters", async (request, ctx) => {
  const activeOnly = new URL(request.url).searchParams.get("active") === "true";
  const centers = await listServiceCenters(ctx, { activeOnly });
  return Response.json({ data: centers });
});

export const POST = apiRoute("createServiceCenter", async (request, ctx) => {
  const body = await readJsonObject(request);
  const center = await createServiceCenter(ctx, body);
  return Response.json(
    { data: toServiceCenterResource(center) },
    {
      status: 201,
      headers: { Location: `/api/v1/service-centers/${center.id}`, ETag: `"${center.version}"` },
    },
  );
});
