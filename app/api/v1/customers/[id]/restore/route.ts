// POST: restore an archived customer.
import { apiRoute } from "@/lib/api/handler";
import { readCustomerIncludes, toCustomerResource } from "@/lib/customers/resource";
import { restoreCustomer } from "@/lib/customers/mutations";

export const POST = apiRoute<{ id: string }>("restoreCustomer", async (request, ctx, { id }) => {
  const customer = await restoreCustomer(ctx, id);
  return Response.json({ data: toCustomerResource(customer, readCustomerIncludes(request)) });
});
