// GET: the failed rows as uploaded plus an "error" column, as CSV to fix and import again (streamed).
import { apiRoute } from "@/lib/api/handler";
import { streamImportErrors } from "@/lib/imports/errors-csv";
import { attachment } from "@/lib/http/download";

export const GET = apiRoute<{ id: string }>("downloadImportErrors", async (_request, ctx, { id }) => {
  const file = await streamImportErrors(ctx, id);
  return new Response(file.body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(file.filename),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
