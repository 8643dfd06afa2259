// A customer's activity timeline: recorded changes plus logged notes, calls, emails and meetings.
import { z } from "zod";
import { activityListSchema, activityTypes, logActivitySchema } from "@/lib/activity/schemas";
import { resourceSchema, timestamp, uuid } from "@/lib/openapi/common";
import type { ResourceSpec } from "@/lib/openapi/registry";

const { from, to, cursor, limit } = activityListSchema.shape;

export const activityResource: ResourceSpec = {
  tag: "Activity",
  description: "What happened to a customer, newest first, paged by an opaque cursor.",
  schemas: {
    ActivityInput: logActivitySchema,
    Activity: resourceSchema("ActivityInput", "A timeline entry; `changes` maps each changed field to its old and new value.", {
      id: uuid,
      type: z.enum(activityTypes),
      entityType: z.string(),
      entityId: z.string().nullable(),
      action: z.string().nullable(),
      changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).nullable(),
      occurredAt: timestamp,
      actorId: z.string().nullable(),
      actorKind: z.string().nullable(),
      actorName: z.string().nullable(),
      revertOfId: z.string().nullable().describe("The entry this one reverted"),
      createdAt: timestamp,
    }),
  },
  operations: [
    {
      operationId: "listActivity",
      method: "get",
      path: "/customers/{id}/activity",
      summary: "List a customer's timeline",
      query: [
        { name: "type", description: "Only these types", schema: z.enum(activityTypes), list: true },
        { name: "from", description: "Created at or after (ISO date-time)", schema: from },
        { name: "to", description: "Created at or before (ISO date-time)", schema: to },
        { name: "cursor", description: "`meta.nextCursor` of the previous page", schema: cursor },
        { name: "limit", description: "Entries per page", schema: limit },
      ],
      success: { status: 200, description: "One page of entries", schema: "Activity", shape: "cursor" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "VALIDATION"],
    },
    {
      operationId: "logActivity",
      method: "post",
      path: "/customers/{id}/activity",
      summary: "Log a note, call, email or meeting",
      body: "ActivityInput",
      success: { status: 201, description: "The new entry", schema: "Activity" },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "VALIDATION"],
    },
    {
      operationId: "revertActivity",
      method: "post",
      path: "/customers/{id}/activity/{activityId}/revert",
      summary: "Revert a recorded change",
      description: "Managers and up; puts the changed fields back and records the revert as a new entry.",
      success: { status: 201, description: "The revert entry", schema: "Activity" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION"],
    },
  ],
};
