// POST: merge the customers in `from` into this one, or with `dryRun: true` answer what that would move.
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { runMergeRequest } from "@/lib/customers/merge/mutations";

export const POST = apiRoute<{ id: string }>("mergeCustomers", async (request, ctx, { id }) => {
  return Response.json({ data: await runMergeRequest(ctx, id, await readJsonObject(request)) });
});
