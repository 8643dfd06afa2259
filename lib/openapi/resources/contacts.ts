// A customer's contacts (people to call, bill or ship to); one of them is primary.
import { z } from "zod";
import { selectableContact } from "@/lib/contacts/resource";
import { contactFieldsSchema, contactPatchSchema } from "@/lib/contacts/schemas";
import { nullableTimestamp, recordFields, resourceSchema } from "@/lib/openapi/common";
import { crudOperations } from "@/lib/openapi/crud";
import type { ResourceSpec } from "@/lib/openapi/registry";

const contact = crudOperations({
  schema: "Contact",
  plural: "Contacts",
  path: "/customers/{id}/contacts",
  idParam: "contactId",
  read: "contact:read",
  write: "contact:manage",
});

export const contactsResource: ResourceSpec = {
  tag: "Contacts",
  description: "People at a customer; phones are read with the customer's country.",
  schemas: {
    ContactInput: contactFieldsSchema.extend({
      primary: z
        .boolean()
        .optional()
        .describe("true makes the new contact the primary one (the customer's first contact always is)"),
    }),
    ContactPatch: contactPatchSchema.extend({
      primary: z.literal(true).optional().describe("Only true: makes this the primary contact"),
    }),
    Contact: resourceSchema("ContactInput", "A contact as stored: email lower-cased, phones in E.164.", {
      ...recordFields,
      customerId: z.uuid(),
      primary: z.boolean(),
      marketingConsentAt: nullableTimestamp,
      marketingConsentById: z.string().nullable(),
      createdById: z.string().nullable(),
      updatedById: z.string().nullable(),
    }),
  },
  operations: [
    contact.list({
      summary: "List a customer's contacts",
      description: "Live (not deleted) contacts, primary first.",
      fieldSelection: selectableContact,
      success: "The contacts",
    }),
    contact.create({
      summary: "Add a contact",
      description: "The customer's first contact becomes primary. Emails are unique per customer.",
      success: "The new contact",
    }),
    contact.get({ summary: "Get a contact", fieldSelection: selectableContact, success: "The contact" }),
    contact.update({
      summary: "Update a contact, or make it primary",
      description: "The merged record is validated as a whole. A stale If-Match is a 409.",
      success: "The updated contact",
    }),
    contact.delete({
      summary: "Delete a contact",
      description: "A soft delete; undo with POST …/restore.",
      success: "Deleted",
      errors: ["CONFLICT"],
    }),
    contact.action("restore", {
      summary: "Restore a deleted contact",
      description: "409 when its email has been taken meanwhile.",
      success: "The restored contact",
      etag: true,
    }),
  ],
};
