// POST: ask a queued or running job to stop (the permission that starts its kind of job).
import { apiRoute } from "@/lib/api/handler";
import { requestJobCancel } from "@/lib/jobs";
import { toJobResource } from "@/lib/jobs/resource";

export const POST = apiRoute<{ id: string }>("cancelJob", async (_request, ctx, { id }) =>
  Response.json({ data: toJobResource(await requestJobCancel(ctx, id)) }),
);
