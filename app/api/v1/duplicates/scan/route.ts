// GET: the newest duplicates scan and when one last completed. POST: start a scan (202 with its job, or the
// one already queued or running).
import { apiRoute } from "@/lib/api/handler";
import { startDuplicateScan } from "@/lib/duplicate-pairs/mutations";
import { getDuplicateScanState } from "@/lib/duplicate-pairs/queries";
import { toDuplicateScanResource } from "@/lib/duplicate-pairs/resource";
import { toJobResource } from "@/lib/jobs/resource";

export const GET = apiRoute("getDuplicateScan", async (_request, ctx) =>
  Response.json({ data: toDuplicateScanResource(await getDuplicateScanState(ctx)) }),
);

export const POST = apiRoute("startDuplicateScan", async (_request, ctx) => {
  const job = await startDuplicateScan(ctx);
  return Response.json({ data: toJobResource(job) }, { status: 202, headers: { Location: `/api/v1/jobs/${job.id}` } });
});
