// GET one service center; PATCH its name, code or active flag (admins; If-Match or `version`).
import { readJsonObject } from "@/lib/api/body";
import { apiRoute, readIfMatchVersion } from "@/lib/api/handler";
import { updateServiceCenter } from "@/lib/service-centers/mutations";
import { getServiceCenter } from "@/lib/service-centers/queries";
import { toServiceCenterResource } from "@/lib/service-centers/resource";

type Params = { id: string };

export const GET = apiRoute<Params>("getServiceCenter", async (_request, ctx, { id }) => {
  const center = await getServiceCenter(ctx, id);
  return Response.json({ data: center }, { headers: { ETag: `"${center.version}"` } });
});

export const PATCH = apiRoute<Params>("updateServiceCenter", async (request, ctx, { id }) => {
  const expectedVersion = readIfMatchVersion(request);
  const body = await readJsonObject(request);
  const center = await updateServiceCenter(ctx, id, body, { expectedVersion });
  return Response.json({ data: toServiceCenterResource(center) }, { headers: { ETag: `"${center.version}"` } });
});
