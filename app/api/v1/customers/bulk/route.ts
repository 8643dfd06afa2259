// POST: a bulk action on selected customers or on all matching a filter: 200 with the result, or 202 with a job.
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { runBulkAction } from "@/lib/customers/bulk/run";
import { toJobResource } from "@/lib/jobs/resource";

export const POST = apiRoute("bulkCustomers", async (request, ctx) => {
  const outcome = await runBulkAction(ctx, await readJsonObject(request));
  if ("job" in outcome) {
    return Response.json(
      { data: toJobResource(outcome.job) },
      { status: 202, headers: { Location: `/api/v1/jobs/${outcome.job.id}` } },
    );
  }
  // Undo is the app's (a toast button); integrators set the values they want back with another bulk call.
  const { undoId: _undoId, ...result } = outcome.result;
  return Response.json({ data: result });
});
