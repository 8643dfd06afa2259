// GET a customer's live contacts (primary first; `?fields`/`?exclude=pii` select their fields); POST adds one (the first, or one sent with
// `"primary": true`, becomes the primary contact).
import { readJsonObject } from "@/lib/api/body";
import { readFieldSelection } from "@/lib/api/field-selection";
import { apiRoute } from "@/lib/api/handler";
import { createContact } from "@/lib/contacts/mutations";
import { listContacts } from "@/lib/contacts/queries";
import { readPrimaryFlag, selectableContact, toContactResource, toSelectedContact } from "@/lib/contacts/resource";

type Params = { id: string };

export const GET = apiRoute<Params>("listContacts", async (request, ctx, { id }) => {
  const selection = readFieldSelection(request, selectableContact);
  const contacts = await listContacts(ctx, id);
  return Response.json({ data: contacts.map((contact) => toSelectedContact(contact, selection)) });
});

export const POST = apiRoute<Params>("createContact", async (request, ctx, { id }) => {
  const body = await readJsonObject(request);
  const contact = await createContact(ctx, id, body, {
    makePrimary: readPrimaryFlag(body, { allowFalse: true }),
    source: "api",
  });
  return Response.json(
    { data: toContactResource(contact) },
    {
      status: 201,
      headers: { Location: `/api/v1/customers/${id}/contacts/${contact.id}`, ETag: `"${contact.version}"` },
    },
  );
});
