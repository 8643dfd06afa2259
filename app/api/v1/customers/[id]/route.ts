// GET one customer (`?fields`/`?exclude=pii` select its fields); PATCH some of its fields (If-Match or `version` for optimistic concurrency);
// DELETE archives it, or with ?permanent=true deletes it for good (admins, unreferenced only).
import { readJsonObject } from "@/lib/api/body";
import { readFieldSelection } from "@/lib/api/field-selection";
import { apiRoute, readIfMatchVersion } from "@/lib/api/handler";
import {
  readCustomerIncludes,
  selectableCustomer,
  toCustomerResource,
  toSelectedCustomer,
} from "@/lib/customers/resource";
import { archiveCustomer, deleteCustomer, updateCustomer } from "@/lib/customers/mutations";
import { getCustomer } from "@/lib/customers/queries";

type Params = { id: string };

export const GET = apiRoute<Params>("getCustomer", async (request, ctx, { id }) => {
  const selection = readFieldSelection(request, selectableCustomer);
  const { createdBy: _c, updatedBy: _u, archivedBy: _a, owner: _o, tier: _t, ...customer } = await getCustomer(ctx, id);
  return Response.json(
    { data: toSelectedCustomer(customer, readCustomerIncludes(request), selection) },
    { headers: { ETag: `"${customer.version}"` } },
  );
});

export const PATCH = apiRoute<Params>("updateCustomer", async (request, ctx, { id }) => {
  const expectedVersion = readIfMatchVersion(request);
  const body = await readJsonObject(request);
  const customer = await updateCustomer(ctx, id, body, { expectedVersion, source: "api" });
  return Response.json(
    { data: toCustomerResource(customer, readCustomerIncludes(request)) },
    { headers: { ETag: `"${customer.version}"` } },
  );
});

export const DELETE = apiRoute<Params>("archiveOrDeleteCustomer", async (request, ctx, { id }) => {
  if (new URL(request.url).searchParams.get("permanent") === "true") {
    await deleteCustomer(ctx, id);
    return new Response(null, { status: 204 });
  }
  const customer = await archiveCustomer(ctx, id);
  return Response.json({ data: toCustomerResource(customer, readCustomerIncludes(request)) });
});
