// POST restores a deleted contact (the undo of DELETE); CONFLICT when its email is taken meanwhile.
import { apiRoute } from "@/lib/api/handler";
import { restoreContact } from "@/lib/contacts/mutations";
import { assertContactOnCustomer } from "@/lib/contacts/queries";
import { toContactResource } from "@/lib/contacts/resource";

type Params = { id: string; contactId: string };

export const POST = apiRoute<Params>("restoreContact", async (_request, ctx, { id, contactId }) => {
  await assertContactOnCustomer(ctx, id, contactId);
  const contact = await restoreContact(ctx, contactId);
  return Response.json({ data: toContactResource(contact) }, { headers: { ETag: `"${contact.version}"` } });
});
