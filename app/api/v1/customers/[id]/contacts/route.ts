// GET a customer's live contacts (primary first); POST adds one (the first, or one sent with
// `"primary": true`, becomes the primary contact).
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { createContact } from "@/lib/contacts/mutations";
import { listContacts } from "@/lib/contacts/queries";
import { readPrimaryFlag, toContactResource } from "@/lib/contacts/resource";

type Params = { id: string };

export const GET = apiRoute<Params>("listContacts", async (_request, ctx, { id }) => {
  const contacts = await listContacts(ctx, id);
  return Response.json({ data: contacts.map(toContactResource) });
});

export const POST = apiRoute<Params>("createContact", async (request, ctx, { id }) => {
  const body = await readJsonObject(request);
  const contact = await createContact(ctx, id, body, {
    makePrimary: readPrimaryFlag(body, { allowFalse: true }),
  });
  return Response.json(
    { data: toContactResource(contact) },
    {
      status: 201,
      headers: { Location: `/api/v1/customers/${id}/contacts/${contact.id}`, ETag: `"${contact.version}"` },
    },
  );
});
