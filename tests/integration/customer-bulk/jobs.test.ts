// "All matching this filter" and the background path: the filter resolved while running, large sets
// as a customer_bulk job with progress, cancel mid-job (earlier batches kept), and the REST API.
import { beforeAll, describe, expect, it } from "vitest";
import * as bulkRoute from "@/app/api/v1/customers/bulk/route";
import * as jobRoute from "@/app/api/v1/jobs/[id]/route";
import * as cancelRoute from "@/app/api/v1/jobs/[id]/cancel/route";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { runBulkJob } from "@/lib/customers/bulk/job";
import { runBulkAction } from "@/lib/customers/bulk/run";
import { CUSTOMER_BULK_JOB } from "@/lib/customers/bulk/schemas";
import { db } from "@/lib/db";
import { enqueueJob, getJob, requestJobCancel, runPendingJobs } from "@/lib/jobs";
import { withHandler } from "../jobs/definitions";
import { makeCustomerRows, makeOrgWithRoles, uniq } from "@/tests/factories";
import { call, makeApiKey } from "../../support/api";
import { customersById, run } from "./helpers";

let ctx: Record<Role, Ctx>;
const gate = { reached: () => {}, release: Promise.resolve() };

beforeAll(async () => {
  ({ ctx } = await makeOrgWithRoles());
});

// The real handler with small batches and a pause after the first one, for the cancel test.
const gatedJobs = withHandler(CUSTOMER_BULK_JOB, (jc) =>
  runBulkJob(jc, {
    batchSize: 5,
    afterBatch: async () => {
      gate.reached();
      await gate.release;
    },
  }),
);

describe("all matching this filter", () => {
  it("changes exactly the customers the list filter matches right now", async () => {
    const tag = uniq("f-");
    const matching = await makeCustomerRows(ctx.staff, 4, { tags: [tag] });
    const inactive = await makeCustomerRows(ctx.staff, 2, { tags: [tag], status: "inactive" });
    const untagged = await makeCustomerRows(ctx.staff, 2);
    const result = await run(
      ctx.staff,
      { action: "setStatus", params: { status: "suspended" }, filter: { tag, status: "active" } },
      { batchSize: 3 },
    );
    expect(result).toMatchObject({ total: 4, updated: 4, skipped: 0 });
    const statuses = (ids: string[]) => customersById(ids).then((rows) => rows.map((row) => row.status));
    expect(await statuses(matching)).toEqual(Array(4).fill("suspended"));
    expect(await statuses(inactive)).toEqual(["inactive", "inactive"]);
    expect(await statuses(untagged)).toEqual(["active", "active"]);
  });

  it("runs a large selection as a job with progress and counters", async () => {
    const tag = uniq("job-");
    const ids = await makeCustomerRows(ctx.staff, 30, { tags: [tag] });
    const outcome = await runBulkAction(
      ctx.staff,
      { action: "addTags", params: { tags: ["bulk-done"] }, filter: { tag } },
      { inlineLimit: 10 },
    );
    if (!("job" in outcome)) throw new Error("expected a job");
    expect(outcome.job).toMatchObject({ kind: "customer_bulk", status: "queued", total: 30 });
    await runPendingJobs();
    const job = await getJob(ctx.staff, outcome.job.id);
    expect(job).toMatchObject({ status: "completed", processed: 30, updated: 30, skipped: 0 });
    expect((await customersById(ids)).every((row) => row.tags.includes("bulk-done") && row.version === 2)).toBe(true);
    expect(
      await db.activity.count({ where: { customerId: { in: ids }, summary: { startsWith: "Tags added (bulk)" } } }),
    ).toBe(30);
  });

  it("stops at the next batch when cancelled mid-job; the committed batches stay", async () => {
    const tag = uniq("cancel-");
    const ids = await makeCustomerRows(ctx.staff, 20, { tags: [tag] });
    const job = await enqueueJob(ctx.staff, {
      kind: CUSTOMER_BULK_JOB,
      params: { action: "setStatus", params: { status: "inactive" }, filter: { tag } },
      total: 20,
    });
    let release!: () => void;
    const reached = new Promise<void>((resolve) => (gate.reached = resolve));
    gate.release = new Promise<void>((resolve) => (release = resolve));
    const running = runPendingJobs({ definitions: gatedJobs });
    await reached;
    await requestJobCancel(ctx.staff, job.id);
    release();
    await running;
    const done = await getJob(ctx.staff, job.id);
    expect(done).toMatchObject({ status: "cancelled", processed: 5, updated: 5 });
    const statuses = (await customersById(ids)).map((row) => row.status);
    expect(statuses.filter((s) => s === "inactive")).toHaveLength(5);
  });
});

describe("REST", () => {
  const post = (key: string, body: unknown) => call(bulkRoute.POST, "POST", "/api/v1/customers/bulk", { key, body });

  it("POST /customers/bulk answers 200 with the result, or 202 with the job to follow and cancel", async () => {
    const key = await makeApiKey(ctx.staff.orgId, "staff");
    const [id] = await makeCustomerRows(ctx.staff, 1);
    const inline = await post(key, { action: "addTags", params: { tags: ["api"] }, ids: [id] });
    expect(inline).toMatchObject({ status: 200, json: { data: { total: 1, updated: 1, skipped: 0 } } });
    const tag = uniq("api-");
    await makeCustomerRows(ctx.staff, 201, { tags: [tag] });
    const queued = await post(key, { action: "setStatus", params: { status: "blocked" }, filter: { tag } });
    expect(queued.status).toBe(202);
    expect(queued.json.data).toMatchObject({ kind: "customer_bulk", status: "queued", total: 201 });
    const jobId: string = queued.json.data.id;
    const params = { id: jobId };
    const got = await call(jobRoute.GET, "GET", `/api/v1/jobs/${jobId}`, { key, params });
    expect(got.json).toMatchObject({ data: { id: jobId, status: "queued" } });
    const cancel = await call(cancelRoute.POST, "POST", `/api/v1/jobs/${jobId}/cancel`, { key, params });
    expect(cancel).toMatchObject({ status: 200, json: { data: { status: "cancelled" } } });
    expect((await call(cancelRoute.POST, "POST", `/api/v1/jobs/${jobId}/cancel`, { key, params })).status).toBe(409);
    const other = await makeOrgWithRoles();
    const otherKey = await makeApiKey(other.org.id, "admin");
    expect((await call(jobRoute.GET, "GET", `/api/v1/jobs/${jobId}`, { key: otherKey, params })).status).toBe(404);
  });

  it("answers 422 with field errors, 404 for only foreign ids and 403 for viewers", async () => {
    const key = await makeApiKey(ctx.staff.orgId, "staff");
    const bad = await post(key, { action: "setStatus", params: { status: "gone" }, ids: [] });
    expect(bad.status).toBe(422);
    expect(bad.json.error.details.status).toBeDefined();
    const other = await makeOrgWithRoles();
    const foreign = await makeCustomerRows(other.staff, 1);
    expect((await post(key, { action: "archive", ids: foreign })).status).toBe(403);
    expect((await post(key, { action: "addTags", params: { tags: ["x"] }, ids: foreign })).status).toBe(404);
    const viewer = await makeApiKey(ctx.staff.orgId, "viewer");
    const [id] = await makeCustomerRows(ctx.staff, 1);
    expect((await post(viewer, { action: "addTags", params: { tags: ["x"] }, ids: [id] })).status).toBe(403);
  });
});
