// GET: download the customer list (list params, columns, ids, includeContacts) as CSV or XLSX, streamed.
import { apiRoute } from "@/lib/api/handler";
import { exportCustomers } from "@/lib/customers/export/stream";
import { parseExportRequest } from "@/lib/customers/export/schemas";

export const GET = apiRoute("exportCustomers", async (request, ctx) => {
  const file = await exportCustomers(ctx, parseExportRequest(new URL(request.url).searchParams));
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
