// Background jobs (imports, bulk actions): follow progress and cancel.
import { z } from "zod";
import { nullableTimestamp, timestamp, uuid } from "@/lib/openapi/common";
import { jobDefinitions } from "@/lib/jobs/definitions";
import type { ResourceSpec } from "@/lib/openapi/registry";

const count = z.number().int().min(0);

export const jobsResource: ResourceSpec = {
  tag: "Jobs",
  description: "Long work (imports, bulk actions) runs in the background; poll a job for its progress.",
  schemas: {
    Job: z.object({
      id: uuid,
      kind: z.string().describe("customer_bulk, customer_import …"),
      status: z.enum(["queued", "running", "completed", "failed", "cancelled"]),
      total: count.nullable(),
      processed: count,
      created: count,
      updated: count,
      skipped: count,
      failed: count,
      warnings: count,
      error: z
        .string()
        .nullable()
        .describe("Why it failed, or why it was stopped when not by a person (e.g. its API key was revoked)"),
      attempts: count.describe(
        "Tries so far: the first run, resumptions after a crash, retries after a passing database error (at most JOBS_MAX_ATTEMPTS)",
      ),
      cancelRequested: z.boolean(),
      startedAt: nullableTimestamp,
      finishedAt: nullableTimestamp,
      createdAt: timestamp,
      updatedAt: timestamp,
    }),
  },
  operations: [
    {
      operationId: "getJob",
      method: "get",
      path: "/jobs/{id}",
      permission: "member",
      session: true,
      summary: "Get a job",
      success: { status: 200, description: "The job", schema: "Job" },
      errors: ["UNAUTHORIZED", "NOT_FOUND"],
    },
    {
      operationId: "cancelJob",
      method: "post",
      path: "/jobs/{id}/cancel",
      permission: "member",
      stricter: Object.entries(jobDefinitions).map(([jobKind, { permission }]) => ({ jobKind, permission })),
      session: true,
      summary: "Cancel a job",
      description:
        "A queued job is cancelled at once; a running one stops after its current batch (earlier batches stay). Cancelling takes the permission starting that kind of job takes (imports: customer:import, bulk actions: customer:bulk).",
      success: { status: 200, description: "The job", schema: "Job" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT"],
    },
  ],
};
