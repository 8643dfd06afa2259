// GET: list customers (q, status, kind, tag, tier, owner, archived, sort, page, perPage). POST: create one (`?checkDuplicates=true`: 409 listing likely duplicates instead).
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { readCustomerIncludes, toCustomerResource, toCustomerSummary } from "@/lib/customers/resource";
import { createCustomer } from "@/lib/customers/mutations";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";

export const GET = apiRoute("listCustomers", async (request, ctx) => {
  const params = parseCustomerListParams(new URL(request.url).searchParams);
  const { rows, total, page, perPage, pageCount } = await listCustomers(ctx, params);
  return Response.json({ data: rows.map(toCustomerSummary), meta: { total, page, perPage, pageCount } });
});

export const POST = apiRoute("createCustomer", async (request, ctx) => {
  const body = await readJsonObject(request);
  const checkDuplicates = new URL(request.url).searchParams.get("checkDuplicates") === "true";
  const customer = await createCustomer(ctx, body, { checkDuplicates });
  return Response.json(
    { data: toCustomerResource(customer, readCustomerIncludes(request)) },
    {
      status: 201,
      headers: { Location: `/api/v1/customers/${customer.id}`, ETag: `"${customer.version}"` },
    },
  );
});
