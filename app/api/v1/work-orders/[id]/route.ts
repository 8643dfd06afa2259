// GET one work order (with its live customer, asset, center and lead technician); PATCH some of its
// fields (If-Match or `version` for optimistic concurrency; completed and void ones are final).
import { readJsonObject } from "@/lib/api/body";
import { apiRoute, readIfMatchVersion } from "@/lib/api/handler";
import { updateWorkOrder } from "@/lib/work-orders/mutations";
import { getWorkOrder, withVisibleCustomer } from "@/lib/work-orders/queries";
import { toWorkOrderResource } from "@/lib/work-orders/resource";

type Params = { id: string };

export const GET = apiRoute<Params>("getWorkOrder", async (_request, ctx, { id }) => {
  const workOrder = await getWorkOrder(ctx, id);
  return Response.json({ data: toWorkOrderResource(workOrder) }, { headers: { ETag: `"${workOrder.version}"` } });
});

export const PATCH = apiRoute<Params>("updateWorkOrder", async (request, ctx, { id }) => {
  const expectedVersion = readIfMatchVersion(request);
  const body = await readJsonObject(request);
  const workOrder = await updateWorkOrder(ctx, id, body, { expectedVersion });
  return Response.json(
    { data: toWorkOrderResource(await withVisibleCustomer(ctx, workOrder)) },
    { headers: { ETag: `"${workOrder.version}"` } },
  );
});
