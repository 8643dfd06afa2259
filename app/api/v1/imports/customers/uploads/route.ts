// POST: upload a CSV or XLSX file (raw body, `?filename=`) as a draft import; answers its headers,
// first rows and a proposed mapping. The app's wizard uploads here with its session.
import { apiRoute } from "@/lib/api/handler";
import { readUpload } from "@/lib/imports/rest";
import { createImportFromUpload } from "@/lib/imports/upload";

export const POST = apiRoute("uploadCustomerImport", async (request, ctx) => {
  const upload = readUpload(request);
  const result = await createImportFromUpload(ctx, upload.body, upload);
  return Response.json({ data: result }, { status: 201, headers: { Location: `/api/v1/imports/${result.id}` } });
});
