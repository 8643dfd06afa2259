// POST: ask a queued or running job to stop (its creator, or a manager and above).
import { apiRoute } from "@/lib/api/handler";
import { requestJobCancel } from "@/lib/jobs";
import { toJobResource } from "@/lib/jobs/resource";

export const POST = apiRoute<{ id: string }>(
  async (_request, ctx, { id }) => Response.json({ data: toJobResource(await requestJobCancel(ctx, id)) }),
  { allowSession: true },
);
