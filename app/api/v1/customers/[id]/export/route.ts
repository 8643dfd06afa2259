// POST: start a subject access export of the customer (managers+): 202 with the job building the ZIP.
import { apiRoute } from "@/lib/api/handler";
import { toJobResource } from "@/lib/jobs/resource";
import { requestCustomerExport } from "@/lib/privacy/export";

export const POST = apiRoute<{ id: string }>("exportCustomerData", async (_request, ctx, { id }) => {
  const job = await requestCustomerExport(ctx, id);
  return Response.json({ data: toJobResource(job) }, { status: 202, headers: { Location: `/api/v1/jobs/${job.id}` } });
});
