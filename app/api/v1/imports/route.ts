// GET: the organization's customer imports, newest first (managers and up).
import { apiRoute } from "@/lib/api/handler";
import { listImports } from "@/lib/imports/queries";

export const GET = apiRoute("listImports", async (request, ctx) => {
  const { rows, total, page, perPage, pageCount } = await listImports(
    ctx,
    Object.fromEntries(new URL(request.url).searchParams),
  );
  return Response.json({ data: rows, meta: { total, page, perPage, pageCount } });
});
