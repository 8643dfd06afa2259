// Privacy: erasure by anonymization of a customer (with its contacts) or of one contact.
import { z } from "zod";
import { erasureRequestSchema } from "@/lib/privacy/erasure-schemas";
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
    "Erasure by anonymization (right to erasure). Work orders and their maintenance history are kept; their " +
    'customer snapshot becomes "Erased customer #…" unless the organization\'s work-order legal hold is on.',
  schemas: {
    CustomerErasureRequest: erasureRequestSchema.describe(
      "`confirm`: the customer's name or account number, typed out; `reason`: why (kept in the erasure log)",
    ),
    ContactErasureRequest: erasureRequestSchema.describe(
      "`confirm`: the contact's full name or email, typed out; `reason`: why (kept in the erasure log)",
    ),
    ErasureResult: erasureResultSchema,
  },
  operations: [
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
