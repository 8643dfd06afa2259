// A customer's contacts (people to call, bill or ship to); one of them is primary.
import { z } from "zod";
import { contactFieldsSchema, contactPatchSchema } from "@/lib/contacts/schemas";
import { nullableTimestamp, recordFields, resourceSchema } from "@/lib/openapi/common";
import type { ResourceSpec } from "@/lib/openapi/registry";

const base = "/customers/{id}/contacts";

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
    {
      operationId: "listContacts",
      method: "get",
      path: base,
      permission: "contact:read",
      summary: "List a customer's contacts",
      description: "Live (not deleted) contacts, primary first.",
      success: { status: 200, description: "The contacts", schema: "Contact", shape: "list" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"],
    },
    {
      operationId: "createContact",
      method: "post",
      path: base,
      permission: "contact:manage",
      summary: "Add a contact",
      description: "The customer's first contact becomes primary. Emails are unique per customer.",
      body: "ContactInput",
      success: { status: 201, description: "The new contact", schema: "Contact", etag: true },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "VALIDATION", "CONFLICT"],
    },
    {
      operationId: "getContact",
      method: "get",
      path: `${base}/{contactId}`,
      permission: "contact:read",
      summary: "Get a contact",
      success: { status: 200, description: "The contact", schema: "Contact", etag: true },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"],
    },
    {
      operationId: "updateContact",
      method: "patch",
      path: `${base}/{contactId}`,
      permission: "contact:manage",
      summary: "Update a contact, or make it primary",
      description: "The merged record is validated as a whole. A stale If-Match is a 409.",
      body: "ContactPatch",
      ifMatch: true,
      success: { status: 200, description: "The updated contact", schema: "Contact", etag: true },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "VALIDATION", "CONFLICT"],
    },
    {
      operationId: "deleteContact",
      method: "delete",
      path: `${base}/{contactId}`,
      permission: "contact:manage",
      summary: "Delete a contact",
      description: "A soft delete; undo with POST …/restore.",
      success: { status: 204, description: "Deleted" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT"],
    },
    {
      operationId: "restoreContact",
      method: "post",
      path: `${base}/{contactId}/restore`,
      permission: "contact:manage",
      summary: "Restore a deleted contact",
      description: "409 when its email has been taken meanwhile.",
      success: { status: 200, description: "The restored contact", schema: "Contact", etag: true },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT"],
    },
  ],
};
