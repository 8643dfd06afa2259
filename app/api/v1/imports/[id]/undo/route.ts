// POST: undo a finished import as a background job (202): created customers removed, updated ones
// restored, except those changed since.
import { apiRoute } from "@/lib/api/handler";
import { undoImport } from "@/lib/imports/mutations";

export const POST = apiRoute<{ id: string }>("undoImport", async (_request, ctx, { id }) =>
  Response.json({ data: await undoImport(ctx, id) }, { status: 202 }),
);
