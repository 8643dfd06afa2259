// GET: list work orders (q, status, type, customerId, assetId, serviceCenterId, sort, page, perPage).
// POST: create one; the server numbers it and resolves the customer from the asset's links.
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { createWorkOrder } from "@/lib/work-orders/mutations";
import { listWorkOrders, withVisibleCustomer } from "@/lib/work-orders/queries";
import { toWorkOrderResource } from "@/lib/work-orders/resource";
import { parseWorkOrderListParams } from "@/lib/work-orders/list-params";

export const GET = apiRoute("listWorkOrders", async (request, ctx) => {
  const params = parseWorkOrderListParams(new URL(request.url).searchParams);
  const { rows, total, totalCapped, totalEstimated, page, perPage, pageCount } = await listWorkOrders(ctx, params);
  return Response.json({
    data: rows.map(toWorkOrderResource),
    meta: { total, totalCapped, totalEstimated, page, perPage, pageCount },
  });
});

export const POST = apiRoute("createWorkOrder", async (request, ctx) => {
  const body = await readJsonObject(request);
  const workOrder = await createWorkOrder(ctx, body);
  return Response.json(
    { data: toWorkOrderResource(await withVisibleCustomer(ctx, workOrder)) },
    {
      status: 201,
      headers: { Location: `/api/v1/work-orders/${workOrder.id}`, ETag: `"${workOrder.version}"` },
    },
  );
});
