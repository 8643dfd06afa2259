// The customers resource: list, create, read, update, archive or delete, restore.
import { z } from "zod";
import {
  archivedFilters,
  customerInputSchema,
  customerKinds,
  customerPatchSchema,
  customerSortColumns,
  customerStatuses,
} from "@/lib/customers/schemas";
import { listParams, nullableTimestamp, permanentParam, recordFields, resourceSchema } from "@/lib/openapi/common";
import type { ResourceSpec } from "@/lib/openapi/registry";

const archivedParam = {
  name: "archived",
  description: "`exclude` (default) hides archived records, `include` shows them too, `only` shows just them",
  schema: z.enum(archivedFilters).default("exclude"),
};

export const customersResource: ResourceSpec = {
  tag: "Customers",
  description: "Companies and people you do business with.",
  schemas: {
    CustomerInput: customerInputSchema,
    CustomerPatch: customerPatchSchema,
    Customer: resourceSchema("CustomerInput", "A customer as stored: names built, phones in E.164, codes upper-cased.", {
      ...recordFields,
      archivedAt: nullableTimestamp,
      createdById: z.string().nullable(),
      updatedById: z.string().nullable(),
      archivedById: z.string().nullable(),
    }),
  },
  operations: [
    {
      operationId: "listCustomers",
      method: "get",
      path: "/customers",
      summary: "List customers",
      description: "Each row carries the columns of the customers list.",
      query: [
        { name: "status", description: "Only these statuses", schema: z.enum(customerStatuses), list: true },
        { name: "kind", description: "Only companies or persons", schema: z.enum(customerKinds), list: true },
        { name: "tag", description: "Customers with any of these tags", schema: z.string(), list: true },
        archivedParam,
        ...listParams(customerSortColumns, "name"),
      ],
      success: { status: 200, description: "One page of customers", schema: "Customer", shape: "page" },
      errors: ["UNAUTHORIZED", "FORBIDDEN"],
    },
    {
      operationId: "createCustomer",
      method: "post",
      path: "/customers",
      summary: "Create a customer",
      description: "Persons need a first or last name, companies a name; phones and postal codes are checked for the country.",
      body: "CustomerInput",
      success: { status: 201, description: "The created customer", schema: "Customer", etag: true },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "VALIDATION", "CONFLICT"],
    },
    {
      operationId: "getCustomer",
      method: "get",
      path: "/customers/{id}",
      summary: "Get a customer",
      success: { status: 200, description: "The customer", schema: "Customer", etag: true },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"],
    },
    {
      operationId: "updateCustomer",
      method: "patch",
      path: "/customers/{id}",
      summary: "Update some fields of a customer",
      description: "Cross-field rules run on the merged record. A stale If-Match or `version` is a 409.",
      body: "CustomerPatch",
      ifMatch: true,
      success: { status: 200, description: "The updated customer", schema: "Customer", etag: true },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "VALIDATION", "CONFLICT"],
    },
    {
      operationId: "archiveOrDeleteCustomer",
      method: "delete",
      path: "/customers/{id}",
      summary: "Archive a customer (or delete it for good)",
      description: "Archives by default (200 with the archived customer); `?permanent=true` deletes (204).",
      query: [permanentParam],
      success: { status: 200, description: "The archived customer", schema: "Customer" },
      noContent: "Deleted for good (`?permanent=true`)",
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT"],
    },
    {
      operationId: "restoreCustomer",
      method: "post",
      path: "/customers/{id}/restore",
      summary: "Restore an archived customer",
      success: { status: 200, description: "The restored customer", schema: "Customer" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT"],
    },
  ],
};
