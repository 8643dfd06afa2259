// POST: erase one contact's personal data (admins; `{ reason, confirm }`); the contact is deleted for good.
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { assertContactOnCustomer } from "@/lib/contacts/queries";
import { eraseContact } from "@/lib/privacy/erasure";

type Params = { id: string; contactId: string };

export const POST = apiRoute<Params>("eraseContact", async (request, ctx, { id, contactId }) => {
  await assertContactOnCustomer(ctx, id, contactId);
  return Response.json({ data: await eraseContact(ctx, contactId, await readJsonObject(request)) });
});
