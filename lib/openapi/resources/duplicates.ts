// Possible duplicates: the pairs the background scan found, starting a scan, and dismissing a pair.
import { z } from "zod";
import { duplicateCandidateSchema } from "@/lib/duplicates/schemas";
import { duplicateSortColumns } from "@/lib/duplicate-pairs/list-params";
import { reasonKinds } from "@/lib/duplicate-pairs/rules";
import { dismissNoteSchema } from "@/lib/duplicate-pairs/schemas";
import { listParams, nullableTimestamp, timestamp, uuid } from "@/lib/openapi/common";
import { inputSchema, ref } from "@/lib/openapi/json-schema";
import type { Operation, ResourceSpec } from "@/lib/openapi/registry";

const pairKeySchema = z.string().regex(/^[0-9a-f-]{36},[0-9a-f-]{36}$/i);

const pairKeyParam: Operation["pathParams"] = {
  key: {
    description: "The pair's two customer ids joined by a comma, smaller first (the pair's `key`)",
    schema: pairKeySchema,
  },
};

const pairCustomer = z.object({
  id: uuid,
  name: z.string(),
  accountNumber: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  phoneDisplay: z.string().nullable().describe('The phone laid out for reading ("+1 865 555 0101")'),
  city: z.string().nullable(),
  country: z.string().nullable(),
  archived: z.boolean(),
  createdAt: timestamp,
});

const pairIds = z.array(uuid).min(2).max(2);

export const duplicatesResource: ResourceSpec = {
  tag: "Possible duplicates",
  description:
    "A background scan compares the organization's customers (emails and phones, contacts' too, account numbers, " +
    "website domains, shared aircraft or vehicles, alike names in the same postal code or city) and stores scored " +
    "pairs. Merge a pair with POST /customers/{id}/merge, or dismiss it as not a duplicate. Manager keys and up.",
  schemas: {
    DuplicatePair: z.object({
      key: pairKeySchema.describe("Names the pair in `/duplicates/{key}/dismiss`"),
      score: z.number().int().min(0).max(100).describe("0–100: how likely a duplicate"),
      reasons: duplicateCandidateSchema.shape.reasons,
      computedAt: timestamp.describe("When the scan that found it ran"),
      customers: z.array(pairCustomer).min(2).max(2).describe("The proposed survivor (more complete, or older) first"),
      mergeHref: z.string().describe("The app's merge page for the pair, proposed survivor first"),
    }),
    DuplicateScan: {
      type: "object",
      properties: {
        latest: {
          description: "The newest scan (queued, running or finished); null before the first one",
          anyOf: [ref("Job"), { type: "null" }],
        },
        lastCompletedAt: inputSchema(nullableTimestamp.describe("When a scan last completed")),
      },
      required: ["latest", "lastCompletedAt"],
    },
    DuplicateDismissInput: dismissNoteSchema,
    DuplicateDismissal: z.object({
      key: pairKeySchema,
      customerIds: pairIds,
      dismissed: z.boolean().describe("Whether the pair is now dismissed (false after undoing)"),
    }),
  },
  operations: [
    {
      operationId: "listDuplicatePairs",
      method: "get",
      path: "/duplicates",
      permission: "duplicate:review",
      summary: "List possible duplicates",
      description:
        "The pairs the latest scan found, without dismissed ones and merged customers: `q` searches either customer, " +
        "`reason` keeps pairs with any of those reasons.",
      query: [
        {
          name: "reason",
          description: "Only pairs with any of these reasons",
          schema: z.enum(reasonKinds),
          list: true,
        },
        ...listParams(duplicateSortColumns, "-score"),
      ],
      success: { status: 200, description: "One page of pairs", schema: "DuplicatePair", shape: "page" },
      errors: [],
    },
    {
      operationId: "getDuplicateScan",
      method: "get",
      path: "/duplicates/scan",
      permission: "duplicate:review",
      summary: "Get the state of the duplicates scan",
      success: { status: 200, description: "The newest scan and the last completion", schema: "DuplicateScan" },
      errors: [],
    },
    {
      operationId: "startDuplicateScan",
      method: "post",
      path: "/duplicates/scan",
      permission: "duplicate:review",
      summary: "Scan for duplicates",
      description:
        "Queues a scan of every customer (one at a time per organization: while one is queued or running, that one " +
        "is answered). Follow it at /jobs/{id}; when it completes, its pairs replace the previous scan's.",
      success: { status: 202, description: "The queued (or already running) scan", schema: "Job" },
      errors: [],
    },
    {
      operationId: "dismissDuplicatePair",
      method: "post",
      path: "/duplicates/{key}/dismiss",
      pathParams: pairKeyParam,
      permission: "duplicate:review",
      summary: "Dismiss a pair as not a duplicate",
      description:
        "Kept for good: no later scan proposes the pair again. The body (an optional `note`) may be left out; " +
        "dismissing a dismissed pair keeps the first dismissal.",
      body: "DuplicateDismissInput",
      bodyOptional: true,
      success: { status: 200, description: "The pair, dismissed", schema: "DuplicateDismissal" },
      errors: ["NOT_FOUND"],
    },
    {
      operationId: "undoDuplicateDismissal",
      method: "delete",
      path: "/duplicates/{key}/dismiss",
      pathParams: pairKeyParam,
      permission: "duplicate:review",
      summary: "Take a dismissal back",
      description: "The pair is listed again if the last scan found it, else after the next scan that does.",
      success: { status: 200, description: "The pair, no longer dismissed", schema: "DuplicateDismissal" },
      errors: ["NOT_FOUND"],
    },
  ],
};
