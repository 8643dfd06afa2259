// A customer's activity timeline: recorded changes plus logged notes, calls, emails and meetings.
import { z } from "zod";
import { activityListSchema, activityTypes, logActivitySchema } from "@/lib/activity/schemas";
import { timestamp, uuid } from "@/lib/openapi/common";
import { crudOperations } from "@/lib/openapi/crud";
import { includeParam } from "@/lib/openapi/resources/customers";
import type { ResourceSpec } from "@/lib/openapi/registry";

const { from, to, cursor, limit } = activityListSchema.shape;

const entries = crudOperations({
  schema: "Activity",
  plural: "Activity",
  path: "/customers/{id}/activity",
  idParam: "activityId",
  read: "activity:read",
  versioned: false,
});

export const activityResource: ResourceSpec = {
  tag: "Activity",
  description: "What happened to a customer, newest first, paged by an opaque cursor.",
  schemas: {
    ActivityInput: logActivitySchema,
    Activity: z
      .object({
        id: uuid,
        type: z.enum(activityTypes),
        entityType: z.enum(["customer", "contact", "asset_link", "work_order"]).describe("What changed"),
        entityId: uuid,
        action: z
          .string()
          .nullable()
          .describe("created, updated, archived, owner_changed, reverted … (null for logged entries)"),
        summary: z.string(),
        body: z
          .string()
          .nullable()
          .describe("Details; null when withheld from the caller (see `bodyHidden`, and limited details)"),
        sensitive: z
          .boolean()
          .describe("Logged as sensitive: the details are stored encrypted, read by staff and above"),
        bodyHidden: z.boolean().describe("A sensitive entry's details withheld from this caller (viewers)"),
        changes: z
          .record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }))
          .nullable()
          .describe("Each changed field's old and new value; internal notes only with `?include=internalNotes`"),
        labels: z
          .record(z.string(), z.string())
          .describe("Names for id values in `changes` (tierId, ownerId), keyed by id"),
        currency: z
          .string()
          .nullable()
          .describe("The customer's currency once this entry was recorded: what money in `changes` is in"),
        occurredAt: timestamp,
        actorId: z.string().nullable(),
        actorKind: z
          .enum(["user", "apiKey", "system"])
          .describe("`system`: the app itself, e.g. the retention policy's nightly erasure"),
        actorName: z.string().nullable(),
        mergeUndone: z
          .boolean()
          .nullable()
          .describe(
            "For a merge entry (`action: merged`; its id is the merge's id): whether the merge was undone. Null for other entries",
          ),
        revertOfId: uuid.nullable().describe("The entry this one reverted"),
        createdAt: timestamp,
      })
      .describe("A timeline entry"),
  },
  operations: [
    {
      operationId: "listActivity",
      method: "get",
      path: "/customers/{id}/activity",
      permission: "activity:read",
      summary: "List a customer's timeline",
      query: [
        { name: "type", description: "Only these types", schema: z.enum(activityTypes), list: true },
        {
          name: "from",
          description:
            "Created at or after: an ISO date-time, or a date (YYYY-MM-DD: from the start of that day in the organization's time zone)",
          schema: from,
        },
        {
          name: "to",
          description:
            "Created at or before: an ISO date-time, or a date (YYYY-MM-DD: to the end of that day in the organization's time zone)",
          schema: to,
        },
        { name: "cursor", description: "`meta.nextCursor` of the previous page", schema: cursor },
        { name: "limit", description: "Entries per page", schema: limit },
        includeParam,
      ],
      success: { status: 200, description: "One page of entries", schema: "Activity", shape: "cursor" },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "VALIDATION"],
    },
    {
      operationId: "logActivity",
      method: "post",
      path: "/customers/{id}/activity",
      permission: "activity:create",
      summary: "Log a note, call, email or meeting",
      body: "ActivityInput",
      success: { status: 201, description: "The new entry", schema: "Activity" },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "VALIDATION"],
    },
    entries.action("revert", {
      permission: "activity:revert",
      summary: "Revert a recorded change",
      description: "Managers and up; puts the changed fields back and records the revert as a new entry.",
      query: [includeParam],
      success: { status: 201, description: "The revert entry", schema: "Activity" },
    }),
  ],
};
