// POST: stop a queued or running import after its current batch.
import { apiRoute } from "@/lib/api/handler";
import { cancelImport } from "@/lib/imports/mutations";

export const POST = apiRoute<{ id: string }>("cancelImport", async (_request, ctx, { id }) =>
  Response.json({ data: await cancelImport(ctx, id) }),
);
