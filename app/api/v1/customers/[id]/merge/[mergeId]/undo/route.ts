// POST: undo a merge into this customer, while nothing newer touched what it moved.
import { apiRoute } from "@/lib/api/handler";
import { undoMerge } from "@/lib/customers/merge/undo";

export const POST = apiRoute<{ id: string; mergeId: string }>("undoCustomerMerge", async (_request, ctx, params) => {
  return Response.json({ data: await undoMerge(ctx, params.id, params.mergeId) });
});
