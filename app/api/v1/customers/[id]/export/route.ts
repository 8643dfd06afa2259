// GET: the customer's subject access exports (newest first); POST: start one (managers+), 202 with its job.
import { apiRoute } from "@/lib/api/handler";
import { toJobResource } from "@/lib/jobs/resource";
import { listSubjectExports, requestCustomerExport } from "@/lib/privacy/export";

export const POST = apiRoute<{ id: string }>("exportCustomerData", async (_request, ctx, { id }) => {
  const job = await requestCustomerExport(ctx, id);
  return Response.json({ data: toJobResource(job) }, { status: 202, headers: { Location: `/api/v1/jobs/${job.id}` } });
});

export const GET = apiRoute<{ id: string }>("listCustomerDataExports", async (_request, ctx, { id }) => {
  return Response.json({ data: await listSubjectExports(ctx, id) });
});
