// GET: list customers (the list's params: search, filters, sort, page; lib/customers/list-params.ts). POST: create one
// (`?checkDuplicates=true`: 409 listing likely duplicates instead). `?fields`/`?exclude=pii` trim the rows.
import { readJsonObject } from "@/lib/api/body";
import { readFieldSelection } from "@/lib/api/field-selection";
import { apiRoute } from "@/lib/api/handler";
import {
  readCustomerIncludes,
  selectableCustomerRow,
  toCustomerPage,
  toCustomerResource,
} from "@/lib/customers/resource";
import { createCustomer } from "@/lib/customers/mutations";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";

export const GET = apiRoute("listCustomers", async (request, ctx) => {
  const selection = readFieldSelection(request, selectableCustomerRow);
  const params = parseCustomerListParams(new URL(request.url).searchParams);
  return Response.json(toCustomerPage(await listCustomers(ctx, params), selection));
});

export const POST = apiRoute("createCustomer", async (request, ctx) => {
  const body = await readJsonObject(request);
  const checkDuplicates = new URL(request.url).searchParams.get("checkDuplicates") === "true";
  const customer = await createCustomer(ctx, body, { checkDuplicates, source: "api" });
  return Response.json(
    { data: toCustomerResource(customer, readCustomerIncludes(request)) },
    {
      status: 201,
      headers: { Location: `/api/v1/customers/${customer.id}`, ETag: `"${customer.version}"` },
    },
  );
});
