// GET: a background job of your organization (status, counters) — for following an import or bulk action.
import { apiRoute } from "@/lib/api/handler";
import { getJob } from "@/lib/jobs";
import { toJobResource } from "@/lib/jobs/resource";

export const GET = apiRoute<{ id: string }>("getJob", async (_request, ctx, { id }) =>
  Response.json({ data: toJobResource(await getJob(ctx, id)) }),
);
