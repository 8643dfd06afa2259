// POST: the customer list with its params as a JSON body (long filters), answered exactly as GET /customers
// (`?fields`/`?exclude=pii` in the URL trim the rows).
import { readJsonObject } from "@/lib/api/body";
import { readFieldSelection } from "@/lib/api/field-selection";
import { apiRoute } from "@/lib/api/handler";
import { selectableCustomerRow, toCustomerPage } from "@/lib/customers/resource";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerSearchBody } from "@/lib/customers/search-request";

export const POST = apiRoute("searchCustomers", async (request, ctx) => {
  const selection = readFieldSelection(request, selectableCustomerRow);
  const params = parseCustomerSearchBody(await readJsonObject(request));
  return Response.json(toCustomerPage(await listCustomers(ctx, params), selection));
});
