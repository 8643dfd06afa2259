// GET: the finished subject access export as a ZIP (409 while its job still runs).
import { apiRoute } from "@/lib/api/handler";
import { attachment } from "@/lib/http/download";
import { getSubjectExport } from "@/lib/privacy/export";

type Params = { id: string; exportId: string };

export const GET = apiRoute<Params>("downloadCustomerData", async (_request, ctx, { id, exportId }) => {
  const file = await getSubjectExport(ctx, id, exportId);
  return new Response(file.data, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": attachment(file.filename),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
