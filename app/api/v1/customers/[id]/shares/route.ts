// GET a customer's shares (live and expired); POST shares it with a member or a service center (visibility mode).
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { listCustomerShares, shareCustomer } from "@/lib/privacy/shares";
import { toShareResource } from "@/lib/privacy/share-resource";

type Params = { id: string };

export const GET = apiRoute<Params>("listCustomerShares", async (_request, ctx, { id }) => {
  const shares = await listCustomerShares(ctx, id);
  return Response.json({ data: shares.map(toShareResource) });
});

export const POST = apiRoute<Params>("shareCustomer", async (request, ctx, { id }) => {
  const share = await shareCustomer(ctx, id, await readJsonObject(request));
  return Response.json(
    { data: toShareResource(share) },
    { status: 201, headers: { Location: `/api/v1/customers/${id}/shares/${share.id}` } },
  );
});
