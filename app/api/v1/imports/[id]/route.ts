// GET: one import with its status and counters (poll it while it runs).
import { apiRoute } from "@/lib/api/handler";
import { getImport } from "@/lib/imports/queries";

export const GET = apiRoute<{ id: string }>("getImport", async (_request, ctx, { id }) =>
  Response.json({ data: await getImport(ctx, id) }),
);
