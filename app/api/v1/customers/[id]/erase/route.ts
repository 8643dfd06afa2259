// POST: erase the customer's and its contacts' personal data (admins; `{ reason, confirm }`). Irreversible.
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { eraseCustomer } from "@/lib/privacy/erasure";

export const POST = apiRoute<{ id: string }>("eraseCustomer", async (request, ctx, { id }) => {
  return Response.json({ data: await eraseCustomer(ctx, id, await readJsonObject(request)) });
});
