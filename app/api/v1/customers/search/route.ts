// POST: the customer list with its params as a JSON body (long filters), answered exactly as GET /customers.
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { toCustomerPage } from "@/lib/customers/resource";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerSearchBody } from "@/lib/customers/search-request";

export const POST = apiRoute("searchCustomers", async (request, ctx) => {
  const params = parseCustomerSearchBody(await readJsonObject(request));
  return Response.json(toCustomerPage(await listCustomers(ctx, params)));
});
