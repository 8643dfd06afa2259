// GET: a customer's ownership transfers, newest first. POST `{ toUserId, reason }`: transfer it
// (keys of the manager role or above).
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { readCustomerIncludes, toCustomerResource } from "@/lib/customers/resource";
import { transferOwnership } from "@/lib/customers/ownership/mutations";
import { listOwnershipTransfers } from "@/lib/customers/ownership/queries";

type Params = { id: string };

export const GET = apiRoute<Params>("listOwnershipTransfers", async (_request, ctx, { id }) => {
  return Response.json({ data: await listOwnershipTransfers(ctx, id) });
});

export const POST = apiRoute<Params>("transferOwnership", async (request, ctx, { id }) => {
  const body = await readJsonObject(request);
  const customer = await transferOwnership(ctx, id, body);
  return Response.json(
    { data: toCustomerResource(customer, readCustomerIncludes(request)) },
    {
      headers: { ETag: `"${customer.version}"` },
    },
  );
});
