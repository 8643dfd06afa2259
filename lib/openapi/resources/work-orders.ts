// The work orders resource: numbered per service center, billed to the asset's customer by default.
import { z } from "zod";
import { workOrderInputSchema, workOrderPatchSchema } from "@/lib/work-orders/schemas";
import { workOrderSortColumns, workOrderStatuses, workOrderTypes } from "@/lib/work-orders/options";
import { listParams, nullableTimestamp, recordFields, resourceSchema, uuid } from "@/lib/openapi/common";
import { crudOperations } from "@/lib/openapi/crud";
import type { ResourceSpec } from "@/lib/openapi/registry";

const ids = (description: string) => ({ description, schema: uuid, list: true });

const text = z.string().nullable();

/** The customer's name and billing address when it was chosen (never rewritten). */
const customerSnapshot = z
  .object({
    name: z.string(),
    accountNumber: text,
    email: text,
    phone: text,
    billingAddress: z.object({ line1: text, line2: text, city: text, region: text, postalCode: text, country: text }),
  })
  .nullable();

const assetRef = z.object({
  id: uuid,
  kind: z.enum(["aircraft", "vehicle"]),
  registration: text,
  vin: text,
  serialNumber: text,
  make: text,
  model: text,
});

/** The related records GET of one work order adds. */
const relations = {
  customer: z
    .object({ id: uuid, name: z.string(), phone: text, email: text, archivedAt: nullableTimestamp })
    .nullable()
    .optional()
    .describe("On GET of one work order"),
  asset: assetRef.extend({ archivedAt: nullableTimestamp }).optional().describe("On GET of one work order"),
  serviceCenter: z
    .object({ id: uuid, code: z.string(), name: z.string(), active: z.boolean() })
    .optional()
    .describe("On GET of one work order"),
  leadTechnician: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .optional()
    .describe("On GET of one work order"),
};

/** A row of the list: the columns of the work orders table. */
const workOrderSummary = z
  .object({
    id: uuid,
    number: z.string(),
    type: z.enum(workOrderTypes),
    status: z.enum(workOrderStatuses),
    priority: z.string(),
    dueDate: z.iso.date().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    customerName: text,
    customer: z.object({ id: uuid, name: z.string() }).nullable(),
    asset: assetRef,
    serviceCenter: z.object({ id: uuid, code: z.string() }),
  })
  .describe("A work order in a list; GET /work-orders/{id} has every field.");

const workOrder = crudOperations({
  schema: "WorkOrder",
  rowSchema: "WorkOrderSummary",
  plural: "WorkOrders",
  path: "/work-orders",
  read: "workOrder:read",
});

export const workOrdersResource: ResourceSpec = {
  tag: "Work orders",
  description: "Work orders and quotes for an aircraft or vehicle at a service center.",
  schemas: {
    WorkOrderInput: workOrderInputSchema,
    WorkOrderPatch: workOrderPatchSchema,
    WorkOrder: resourceSchema("WorkOrderInput", "A work order; `dueDate` is a calendar date (YYYY-MM-DD).", {
      ...recordFields,
      number: z.string().describe("Service center code and sequence, e.g. KTYS-000042"),
      status: z.enum(workOrderStatuses),
      dueDate: z.iso.date().nullable(),
      customerName: z.string().nullable().describe("The customer's name when the order was created"),
      customerSnapshot,
      sequence: z.number().int().positive().describe("The number's sequence within its service center"),
      createdById: z.string().nullable(),
      updatedById: z.string().nullable(),
      completedAt: nullableTimestamp,
      ...relations,
    }),
    WorkOrderSummary: workOrderSummary,
  },
  operations: [
    workOrder.list({
      summary: "List work orders",
      description: "Each row carries the columns of the work orders list (with customer, asset and center summaries).",
      query: [
        { name: "status", description: "Only these statuses", schema: z.enum(workOrderStatuses), list: true },
        { name: "type", description: "Work orders or quotes", schema: z.enum(workOrderTypes), list: true },
        { name: "customerId", ...ids("Billed to these customers") },
        { name: "assetId", ...ids("For these aircraft or vehicles") },
        { name: "serviceCenterId", ...ids("At these service centers") },
        ...listParams(workOrderSortColumns, "-createdAt"),
      ],
      paged: true,
      success: "One page of work orders",
    }),
    workOrder.create({
      permission: "workOrder:create",
      summary: "Create a work order or quote",
      description:
        "The server numbers it and bills the asset's primary customer, another customer with a current link (`customerId`), or none (`withoutCustomer: true`, required when the asset has no current customer: otherwise a 422 on `withoutCustomer`).",
      success: "The created work order",
      errors: ["NOT_FOUND"],
    }),
    workOrder.get({
      summary: "Get a work order",
      description: "With its live customer, asset, service center and lead technician.",
      success: "The work order",
    }),
    workOrder.update({
      permission: "workOrder:update",
      summary: "Update some fields of a work order",
      description: "Completed and void work orders are final. A stale If-Match or `version` is a 409.",
      success: "The updated work order",
    }),
  ],
};
