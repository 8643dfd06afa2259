// Privacy: subject access export of a customer, and erasure by anonymization of a customer (with its contacts)
// or of one contact.
import { z } from "zod";
import { erasureRequestSchema } from "@/lib/privacy/erasure-schemas";
import { nullableTimestamp, timestamp } from "@/lib/openapi/common";
import type { ResourceSpec } from "@/lib/openapi/registry";

const id = z.uuid();

const erasureResultSchema = z.object({
  erasureId: id.describe("The erasure log entry"),
  customerId: id,
  contactId: id.nullable().describe("The erased contact (null when the whole customer was erased)"),
  fields: z
    .object({ customer: z.array(z.string()), contact: z.array(z.string()) })
    .describe("The columns that held a value and were replaced (names only, never values)"),
  counts: z
    .record(z.string(), z.number().int())
    .describe("Rows erased or scrubbed by kind: customers, contacts, activityDiffs, workOrdersAnonymized …"),
});

const erasureDescription =
  "Irreversible. Every personal or sensitive field is replaced with a neutral value, copies are scrubbed " +
  "(timeline diffs and hand-logged notes, merge and import undo records, duplicate review), and the erasure is " +
  "recorded (who, when, reason, which fields). A second erasure is a 409.";

export const privacyResource: ResourceSpec = {
  tag: "Privacy",
  description:
    "Subject access export (a ZIP of everything held about a customer, built by a background job) and erasure " +
    "by anonymization (right to erasure). Work orders and their maintenance history are kept; their " +
    'customer snapshot becomes "Erased customer #…" unless the organization\'s work-order legal hold is on.',
  schemas: {
    CustomerErasureRequest: erasureRequestSchema.describe(
      "`confirm`: the customer's name or account number, typed out; `reason`: why (kept in the erasure log)",
    ),
    ContactErasureRequest: erasureRequestSchema.describe(
      "`confirm`: the contact's full name or email, typed out; `reason`: why (kept in the erasure log)",
    ),
    ErasureResult: erasureResultSchema,
    SubjectExport: z.object({
      id: id.describe("The export job's id: download the ZIP from /customers/{id}/export/{exportId}"),
      status: z.enum(["queued", "running", "completed", "failed", "cancelled"]),
      requestedAt: timestamp,
      finishedAt: nullableTimestamp,
      ready: z.boolean().describe("Whether the ZIP can be downloaded now (built and not expired)"),
      expiresAt: nullableTimestamp,
      byteSize: z.number().int().nullable(),
      error: z.string().nullable().describe("Why the job failed or was stopped"),
    }),
  },
  operations: [
    {
      operationId: "listCustomerDataExports",
      method: "get",
      path: "/customers/{id}/export",
      permission: "privacy:export",
      session: true,
      summary: "List a customer's subject access exports",
      description: "The latest 20, newest first, each with its job's state and whether its ZIP is ready.",
      success: { status: 200, description: "The exports", schema: "SubjectExport", shape: "list" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"],
    },
    {
      operationId: "exportCustomerData",
      method: "post",
      path: "/customers/{id}/export",
      permission: "privacy:export",
      session: true,
      summary: "Start a subject access export",
      description:
        "Queues a job that builds a ZIP of everything held about the customer (and the customers merged into it): " +
        "manifest.json, then each section as JSON and CSV — customer, contacts, activity, asset-links, work-orders " +
        "(with their customer snapshot), ownership-history, consents, import-history, merges, erasures. The request is " +
        "recorded on the customer's timeline. Follow the job at /jobs/{id}; when it has completed, download the " +
        "ZIP from /customers/{id}/export/{jobId} (kept 7 days).",
      success: { status: 202, description: "Queued", schema: "Job" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"],
    },
    {
      operationId: "downloadCustomerData",
      method: "get",
      path: "/customers/{id}/export/{exportId}",
      permission: "privacy:export",
      session: true,
      summary: "Download a subject access export",
      description:
        "`exportId` is the export job's id. 409 while the job is still running; 404 once the export has expired " +
        "(after 7 days) or when the customer's data was erased since. CSV text cells that a spreadsheet would run " +
        "as a formula start with '.",
      pathParams: { exportId: { description: "The export job's id", schema: id } },
      success: { status: 200, description: "The ZIP", files: ["application/zip"] },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT"],
    },
    {
      operationId: "eraseCustomer",
      method: "post",
      path: "/customers/{id}/erase",
      permission: "privacy:erase",
      summary: "Erase a customer's personal data",
      description: `The customer, its contacts and the customers merged into it. ${erasureDescription}`,
      body: "CustomerErasureRequest",
      success: { status: 200, description: "What was erased", schema: "ErasureResult" },
      errors: ["NOT_FOUND", "CONFLICT", "VALIDATION"],
    },
    {
      operationId: "eraseContact",
      method: "post",
      path: "/customers/{id}/contacts/{contactId}/erase",
      permission: "privacy:erase",
      summary: "Erase a contact's personal data",
      description: `The contact is also deleted for good (it cannot be restored). ${erasureDescription}`,
      body: "ContactErasureRequest",
      success: { status: 200, description: "What was erased", schema: "ErasureResult" },
      errors: ["NOT_FOUND", "CONFLICT", "VALIDATION"],
    },
  ],
};
