// POST: import a CSV or XLSX file in one call (raw body; `?filename=&mode=&matchOn=&mapping=`, the
// mapping proposed from the headers by default). Answers 202 with the queued import.
import { apiRoute } from "@/lib/api/handler";
import { discardDraftImport, startImport } from "@/lib/imports/mutations";
import { readRunOptions, readUpload } from "@/lib/imports/rest";
import { createImportFromUpload } from "@/lib/imports/upload";

export const POST = apiRoute("importCustomers", async (request, ctx) => {
  const options = readRunOptions(request);
  const upload = readUpload(request);
  const uploaded = await createImportFromUpload(ctx, upload.body, upload);
  const started = await startImport(ctx, uploaded.id, {
    ...options,
    mapping: options.mapping ?? uploaded.proposedMapping,
  }).catch(async (error: unknown) => {
    await discardDraftImport(ctx, uploaded.id);
    throw error;
  });
  return Response.json({ data: started }, { status: 202, headers: { Location: `/api/v1/imports/${started.id}` } });
});
