// GET: an import's failed rows and warnings (row number, column, reason), in file order, paged.
import { apiRoute } from "@/lib/api/handler";
import { listImportIssues } from "@/lib/imports/queries";

export const GET = apiRoute<{ id: string }>("listImportIssues", async (request, ctx, { id }) => {
  const { rows, total, page, perPage, pageCount } = await listImportIssues(
    ctx,
    id,
    Object.fromEntries(new URL(request.url).searchParams),
  );
  return Response.json({ data: rows, meta: { total, page, perPage, pageCount } });
});
