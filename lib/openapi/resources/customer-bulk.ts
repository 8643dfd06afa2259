// Bulk actions on customers: selected ids or all matching a list filter; large sets run as a job.
import { z } from "zod";
import { bulkRequestSchema, INLINE_BULK_LIMIT } from "@/lib/customers/bulk/schemas";
import type { ResourceSpec } from "@/lib/openapi/registry";

const count = z.number().int().min(0);

export const customerBulkResource: ResourceSpec = {
  tag: "Customer bulk actions",
  description:
    "Add or remove tags, set status or tier, transfer the owner (with a reason) or archive many customers at once. " +
    "Each changed customer's version is bumped and the change is on its timeline.",
  schemas: {
    BulkRequest: bulkRequestSchema,
    BulkResult: z.object({
      total: count.describe("Customers selected (ids given, or matching the filter)"),
      processed: count,
      updated: count,
      skipped: count,
      skippedReasons: z
        .record(z.string(), count)
        .describe('Why rows were skipped, e.g. `{ "Archived (restore it first)": 2 }`'),
    }),
  },
  operations: [
    {
      operationId: "bulkCustomers",
      method: "post",
      path: "/customers/bulk",
      permission: "customer:bulk",
      stricter: [{ body: "action", value: "archive", permission: "customer:archive" }],
      session: true,
      summary: "Run a bulk action",
      description:
        '`ids` (up to 10,000; another organization\'s ids count as skipped "Not found", only such ids is a 404) or ' +
        '`filter` (the list\'s query params as an object, e.g. `{"status": "active", "tag": "vip"}`, resolved while ' +
        `running). Up to ${INLINE_BULK_LIMIT} customers run at once (200); more are queued as a job (202, follow it at ` +
        "/jobs/{id}). Tags, status and tier need a staff role, archive a manager; staff may transfer only the customers " +
        "they own (others are skipped).",
      body: "BulkRequest",
      success: { status: 200, description: "Done: what happened", schema: "BulkResult" },
      accepted: { description: "Queued as a background job", schema: "Job" },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "VALIDATION"],
    },
  ],
};
