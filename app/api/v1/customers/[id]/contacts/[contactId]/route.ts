// GET one contact (`?fields`/`?exclude=pii` select its fields); PATCH some of its fields (If-Match for optimistic concurrency; `"primary": true`
// makes it the primary contact); DELETE soft-deletes it (undo: POST …/restore).
import { readJsonObject } from "@/lib/api/body";
import { readFieldSelection } from "@/lib/api/field-selection";
import { apiRoute, readIfMatchVersion } from "@/lib/api/handler";
import type { Ctx } from "@/lib/auth/context";
import type { Contact } from "@/lib/generated/prisma/client";
import { deleteContact, setPrimaryContact, updateContact } from "@/lib/contacts/mutations";
import { assertContactOnCustomer, getContact } from "@/lib/contacts/queries";
import { readPrimaryFlag, selectableContact, toContactResource, toSelectedContact } from "@/lib/contacts/resource";
import { contactFieldNames } from "@/lib/contacts/schemas";

type Params = { id: string; contactId: string };

const withEtag = (version: number) => ({ headers: { ETag: `"${version}"` } });

export const GET = apiRoute<Params>("getContact", async (request, ctx, { id, contactId }) => {
  const selection = readFieldSelection(request, selectableContact);
  const contact = await getContact(ctx, contactId, id);
  return Response.json({ data: toSelectedContact(contact, selection) }, withEtag(contact.version));
});

/** Field changes (version-checked) and the primary switch, if asked for, in one transaction. */
function applyPatch(
  ctx: Ctx,
  contactId: string,
  body: Record<string, unknown>,
  expectedVersion?: number,
): Promise<Contact> {
  const makePrimary = readPrimaryFlag(body);
  const changesFields = contactFieldNames.some((field) => body[field] !== undefined);
  if (makePrimary && !changesFields) return setPrimaryContact(ctx, contactId);
  return updateContact(ctx, contactId, body, { expectedVersion, makePrimary, source: "api" });
}

export const PATCH = apiRoute<Params>("updateContact", async (request, ctx, { id, contactId }) => {
  const expectedVersion = readIfMatchVersion(request);
  const body = await readJsonObject(request);
  await assertContactOnCustomer(ctx, id, contactId);
  const contact = await applyPatch(ctx, contactId, body, expectedVersion);
  return Response.json({ data: toContactResource(contact) }, withEtag(contact.version));
});

export const DELETE = apiRoute<Params>("deleteContact", async (_request, ctx, { id, contactId }) => {
  await assertContactOnCustomer(ctx, id, contactId);
  await deleteContact(ctx, contactId);
  return new Response(null, { status: 204 });
});
