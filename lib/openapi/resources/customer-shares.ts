// Sharing a customer (visibility mode `own_and_shared`): with one member or a service center's members.
import { z } from "zod";
import { nullableTimestamp, timestamp, uuid } from "@/lib/openapi/common";
import type { ResourceSpec } from "@/lib/openapi/registry";
import { customerShareInputSchema } from "@/lib/privacy/visibility-modes";

const sharePath = "/customers/{id}/shares";

export const customerSharesResource: ResourceSpec = {
  tag: "Customer shares",
  description:
    "With the organization's visibility mode set to `own_and_shared` (Settings → Privacy), staff and viewers see full " +
    "details only of the customers they own or that are shared with them — directly, or with a service center they " +
    "belong to — until the share expires. Others appear with limited details (`masked: true`; the fields marked " +
    "`x-maskable` are masked). Managers and above see everything. Shares are managed by managers and above (and, in " +
    "the app, by the customer's owner).",
  schemas: {
    CustomerShareInput: customerShareInputSchema.describe(
      "Exactly one of `userId` (a member) and `serviceCenterId`; `expiresOn`: the last day it counts (YYYY-MM-DD, in " +
        "the organization's time zone), or leave out for no expiry. Sharing again with the same target replaces its expiry.",
    ),
    CustomerShare: z
      .object({
        id: uuid,
        customerId: uuid,
        user: z.object({ id: z.string(), name: z.string() }).nullable().describe("The member it is shared with"),
        serviceCenter: z
          .object({ id: uuid, code: z.string(), name: z.string() })
          .nullable()
          .describe("The service center whose members it is shared with"),
        expiresAt: nullableTimestamp.describe("When the share stops counting (the end of the chosen day), or null"),
        expired: z.boolean(),
        createdById: z.string().nullable(),
        createdAt: timestamp,
      })
      .describe("A customer shared with one member or with a service center's members"),
  },
  operations: [
    {
      operationId: "listCustomerShares",
      method: "get",
      path: sharePath,
      permission: "customer:shareAny",
      summary: "List a customer's shares",
      description: "Live and expired shares, newest first.",
      success: { status: 200, description: "The shares", schema: "CustomerShare", shape: "list" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"],
    },
    {
      operationId: "shareCustomer",
      method: "post",
      path: sharePath,
      permission: "customer:shareAny",
      body: "CustomerShareInput",
      summary: "Share a customer",
      description: "With a member or a service center, optionally until a day.",
      success: { status: 201, description: "The share", schema: "CustomerShare" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "VALIDATION"],
    },
    {
      operationId: "removeCustomerShare",
      method: "delete",
      path: `${sharePath}/{shareId}`,
      permission: "customer:shareAny",
      summary: "Remove a share",
      success: { status: 204, description: "Removed" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"],
    },
  ],
};
