// Merging customers: the dry run and the real run share one body; undo is a POST on the merge.
import { z } from "zod";
import { mergeFieldGroupNames, mergeRequestSchema } from "@/lib/customers/merge/schemas";
import type { ResourceSpec } from "@/lib/openapi/registry";

const id = z.uuid();
const moved = z.array(z.object({ id, from: id.describe("The merged customer it belonged to") }));

const mergePlanSchema = z.object({
  dryRun: z.boolean(),
  mergeId: id.nullable().describe("Undo the merge with it (null for a dry run)"),
  survivorId: id,
  mergedIds: z.array(id),
  customers: z.array(z.object({ id, name: z.string(), version: z.number().int() })),
  fields: z
    .record(
      z.enum(mergeFieldGroupNames),
      z.object({
        from: id.describe("The customer whose value survives"),
        values: z.record(z.string(), z.unknown()).describe("The group's fields as they will be"),
        differs: z.boolean().describe("Whether the customers' values differ"),
      }),
    )
    .describe("Every field group's surviving value"),
  tags: z.array(z.string()).describe("The union of every customer's tags"),
  moves: z.object({
    contacts: z.object({
      rows: moved,
      primaryId: id.nullable().describe("The merged contact that becomes primary (null: the survivor's stays)"),
      duplicateIds: z.array(id).describe("Contacts whose email the survivor already has: moved as deleted"),
    }),
    assetLinks: z.object({
      rows: moved,
      collapsed: z
        .array(z.object({ id, from: id, into: id, assetId: id }))
        .describe("Second links to the same aircraft or vehicle, folded into the kept one"),
    }),
    workOrders: z.object({ rows: moved }),
    activities: z.object({ rows: moved }),
    ownershipTransfers: z.object({ rows: moved }),
    importRowResults: z.object({
      rows: z.array(z.object({ importId: id, rowNumber: z.number().int(), from: id })),
    }),
    bulkChangeRows: z.object({
      rows: z.array(z.object({ bulkChangeId: id, from: id })),
      removed: z.array(z.object({ bulkChangeId: id, from: id })),
    }),
    savedViews: z.object({ ids: z.array(id) }),
  }),
  ownerChange: z
    .object({ fromUserId: z.string().nullable(), toUserId: z.string() })
    .nullable()
    .describe(
      "The survivor's owner changes to the chosen customer's: recorded in its ownership history (undo removes it); null when it stays",
    ),
});

export const customerMergeResource: ResourceSpec = {
  tag: "Customer merge",
  description:
    "Merge duplicate customers into one survivor: everything related moves, the merged customers become " +
    "tombstones (their URLs answer 308 to the survivor), and a merge can be undone while nothing newer touched it.",
  schemas: {
    MergeRequest: mergeRequestSchema,
    MergeResult: mergePlanSchema,
    MergeUndoResult: z.object({ survivorId: id, restoredIds: z.array(id) }),
  },
  operations: [
    {
      operationId: "mergeCustomers",
      method: "post",
      path: "/customers/{id}/merge",
      permission: "customer:merge",
      summary: "Merge customers into this one",
      description:
        "`from`: the customers to merge into `{id}` (same organization; another's ids are a 404). `fields`: per field " +
        "group, the id of the customer whose value survives (default: the most recently updated customer with a value); " +
        "tags are unioned. `versions` (id → version) refuses customers changed since (409). `dryRun: true` answers " +
        "exactly what the real run would move, changing nothing. A merged customer cannot be merged again (409).",
      body: "MergeRequest",
      success: { status: 200, description: "What moved (or, for a dry run, would move)", schema: "MergeResult" },
      errors: ["NOT_FOUND", "CONFLICT"],
    },
    {
      operationId: "undoCustomerMerge",
      method: "post",
      path: "/customers/{id}/merge/{mergeId}/undo",
      permission: "customer:merge",
      summary: "Undo a merge",
      description:
        "Restores every customer and every moved record, unless something newer touched them (409 naming what changed).",
      success: { status: 200, description: "The customers are separate again", schema: "MergeUndoResult" },
      errors: ["NOT_FOUND", "CONFLICT"],
    },
  ],
};
