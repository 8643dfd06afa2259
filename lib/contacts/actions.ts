"use server";
// Contact server actions: builder → mutation → revalidate the customer's page.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, passThrough } from "@/lib/safe-action";
import {
  createContact,
  deleteContact,
  restoreContact,
  setPrimaryContact,
  updateContact,
} from "@/lib/contacts/mutations";
import { contactFieldsSchema, contactUpdateSchema } from "@/lib/contacts/schemas";

const id = (message: string) => z.string({ error: message }).trim().min(1, message);
const contactIdSchema = z.object({ contactId: id("Choose a contact") });

/** The customer's page shows its contacts, and the list searches them. */
function revalidateCustomer(customerId: string) {
  revalidatePath(`/customers/${customerId}`);
  revalidatePath("/customers");
}

export const createContactAction = action(
  passThrough(contactFieldsSchema, { customerId: id("Choose a customer") }),
  async ({ customerId, ...input }, ctx) => {
    const contact = await createContact(ctx, customerId, input);
    revalidateCustomer(contact.customerId);
    return { id: contact.id };
  },
);

/** Saves the edit dialog; a contact changed since `version` was read is a CONFLICT. */
export const updateContactAction = action(
  passThrough(contactUpdateSchema, { ...contactIdSchema.shape, version: contactUpdateSchema.shape.version }),
  async ({ contactId, version, ...fields }, ctx) => {
    const contact = await updateContact(ctx, contactId, fields, { expectedVersion: version });
    revalidateCustomer(contact.customerId);
    return { id: contact.id };
  },
);

export const setPrimaryContactAction = action(contactIdSchema, async ({ contactId }, ctx) => {
  const contact = await setPrimaryContact(ctx, contactId);
  revalidateCustomer(contact.customerId);
  return { id: contact.id };
});

export const deleteContactAction = action(contactIdSchema, async ({ contactId }, ctx) => {
  const contact = await deleteContact(ctx, contactId);
  revalidateCustomer(contact.customerId);
  return { id: contact.id };
});

/** The Undo of a delete. */
export const restoreContactAction = action(contactIdSchema, async ({ contactId }, ctx) => {
  const contact = await restoreContact(ctx, contactId);
  revalidateCustomer(contact.customerId);
  return { id: contact.id };
});
