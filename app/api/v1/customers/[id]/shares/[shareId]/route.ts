// DELETE removes one share of a customer.
import { apiRoute } from "@/lib/api/handler";
import { removeCustomerShare } from "@/lib/privacy/shares";

type Params = { id: string; shareId: string };

export const DELETE = apiRoute<Params>("removeCustomerShare", async (_request, ctx, { id, shareId }) => {
  await removeCustomerShare(ctx, id, shareId);
  return new Response(null, { status: 204 });
});
