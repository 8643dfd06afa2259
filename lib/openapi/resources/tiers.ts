// Customer tiers (level 1 is the highest) with their discount, and who owns a customer.
import { z } from "zod";
import { ownershipTransferSchema } from "@/lib/customers/ownership/schemas";
import { recordFields, resourceSchema, timestamp, uuid } from "@/lib/openapi/common";
import { crudOperations } from "@/lib/openapi/crud";
import type { ResourceSpec } from "@/lib/openapi/registry";
import { includeParam } from "@/lib/openapi/resources/customers";
import { tierInputSchema, tierPatchSchema } from "@/lib/tiers/schemas";

const tier = crudOperations({
  schema: "Tier",
  plural: "Tiers",
  path: "/tiers",
  read: "tier:read",
  write: "tier:manage",
});

/** A customer's ownership transfers: the list, and a new transfer (which answers the customer). */
const transfers = crudOperations({
  schema: "OwnershipTransfer",
  plural: "OwnershipTransfers",
  path: "/customers/{id}/owner",
  read: "customer:read",
});

const userRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const tiersResource: ResourceSpec = {
  tag: "Tiers and ownership",
  description: "Customer tiers with their discount (managers manage them), and transfers of a customer's owner.",
  schemas: {
    TierInput: tierInputSchema,
    TierPatch: tierPatchSchema,
    Tier: resourceSchema("TierInput", 'A tier; `discountPercent` is a two-decimal string such as "12.50".', {
      ...recordFields,
      discountPercent: z.string().regex(/^\d{1,3}\.\d{2}$/),
      customerCount: z.number().int().min(0).optional().describe("Customers in the tier (on GET)"),
    }),
    TierDeletion: z.object({ id: uuid, moved: z.number().int().min(0).describe("Customers moved to `moveTo`") }),
    OwnershipTransferInput: ownershipTransferSchema,
    OwnershipTransfer: z.object({
      id: uuid,
      from: userRef,
      to: userRef,
      by: userRef,
      reason: z.string(),
      createdAt: timestamp,
    }),
  },
  operations: [
    tier.list({
      summary: "List customer tiers",
      description: "Highest (level 1) first; not paged.",
      success: "The tiers",
    }),
    tier.create({ summary: "Create a tier", success: "The new tier" }),
    tier.get({ summary: "Get a tier", success: "The tier" }),
    tier.update({ summary: "Update a tier", success: "The updated tier" }),
    tier.delete({
      summary: "Delete a tier",
      description: "While customers use it, `moveTo` says where they go. Answers `{ data: { id, moved } }`.",
      query: [{ name: "moveTo", description: "Another tier's id, or `none` for no tier", schema: z.string() }],
      success: { status: 200, description: "Deleted; `moved` customers were moved", schema: "TierDeletion" },
      errors: ["CONFLICT"],
    }),
    transfers.list({
      summary: "List a customer's ownership transfers",
      description: "Newest first.",
      success: "The transfers",
    }),
    transfers.create({
      operationId: "transferOwnership",
      permission: "customer:transferAny",
      summary: "Transfer a customer to another owner",
      description:
        "Manager keys and up: a key never counts as the customer's owner (owners transfer their own in the app).",
      query: [includeParam],
      success: { status: 200, description: "The customer with its new owner", schema: "Customer", etag: true },
    }),
  ],
};
