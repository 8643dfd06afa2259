// The job engine: exclusive claims under concurrency, crash recovery from the checkpoint, cancel,
// failures, and the acting context rebuilt from the creator's current role.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { enqueueJob as enqueue, getJob, requestJobCancel as cancel, runPendingJobs as run } from "@/lib/jobs";
import { defineJob } from "@/lib/jobs/types";
import { ctxFor, makeOrg, makeOrgWithRoles, makeUser } from "@/tests/factories";

let manager: Ctx;
let staff: Ctx;
let otherOrg: Ctx;
const runs = new Map<string, number>();
const gates = new Map<string, { reached: () => void; release: Promise<void> }>();

function gate(jobId: string) {
  let reached!: () => void;
  let release!: () => void;
  const reachedP = new Promise<void>((r) => (reached = r));
  const releaseP = new Promise<void>((r) => (release = r));
  gates.set(jobId, { reached, release: releaseP });
  return { reached: reachedP, release };
}

const noParams = z.object({});
const noCursor = z.null();

// This file's own job kinds, handed to the engine explicitly.
const definitions = {
  test_count: defineJob({
    permission: "customer:import",
    params: noParams,
    cursor: noCursor,
    handler: async () => async (jc) => {
      runs.set(jc.job.id, (runs.get(jc.job.id) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 5));
      await jc.progress({ processed: 1 });
    },
  }),
  // Five "batches" of 10; each commits its checkpoint; a gate can hold it between batches.
  test_batches: defineJob({
    permission: "customer:import",
    params: noParams,
    cursor: z.object({ batch: z.int() }),
    handler: async () => async (jc) => {
      const start = jc.cursor?.batch ?? 0;
      for (let batch = start + 1; batch <= 5; batch++) {
        await db.$transaction(async (tx) => {
          await jc.progress({ processed: 10, created: 10 }, { batch }, tx);
        });
        const g = gates.get(jc.job.id);
        if (g && batch === 2) {
          gates.delete(jc.job.id);
          g.reached();
          await g.release;
        }
      }
    },
  }),
  test_fail_app: defineJob({
    permission: "customer:import",
    params: noParams,
    cursor: noCursor,
    handler: async () => async () => {
      throw new AppError("VALIDATION", "The file has no rows.");
    },
  }),
  test_fail_bug: defineJob({
    permission: "customer:import",
    params: noParams,
    cursor: noCursor,
    handler: async () => async () => {
      throw new Error("secret internal detail");
    },
  }),
  test_role: defineJob({
    permission: "customer:bulk",
    params: noParams,
    cursor: noCursor,
    handler: async () => async (jc) => jc.progress({ processed: jc.ctx.role === "admin" ? 1 : 0 }),
  }),
};
type TestKind = keyof typeof definitions;

const enqueueJob = (ctx: Ctx, input: { kind: TestKind; params: Record<string, never>; total?: number }) =>
  enqueue(ctx, input, { definitions });
const requestJobCancel = (ctx: Ctx, id: string) => cancel(ctx, id, { definitions });
const runPendingJobs = (opts: { workerId?: string; limit?: number } = {}) => run({ ...opts, definitions });

beforeAll(async () => {
  const { org, ctx } = await makeOrgWithRoles();
  manager = ctx.manager;
  staff = ctx.staff;
  const other = await makeOrg();
  otherOrg = ctxFor(other.id, (await makeUser(other.id, "admin")).id, "admin");

  void org;
});

describe("job engine", () => {
  it("two or more concurrent workers never run one job twice", async () => {
    const jobs = await Promise.all(
      Array.from({ length: 20 }, () => enqueueJob(manager, { kind: "test_count", params: {} })),
    );
    const counts = await Promise.all(
      ["w1", "w2", "w3", "w4"].map((workerId) => runPendingJobs({ workerId, limit: 100 })),
    );
    for (const job of jobs) {
      expect(runs.get(job.id)).toBe(1);
      const done = await getJob(manager, job.id);
      expect(done).toMatchObject({ status: "completed", processed: 1, attempts: 1, leaseOwner: null });
    }
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20);
  });

  it("a job whose worker died (lease expired) is resumed by another worker from its checkpoint", async () => {
    const job = await enqueueJob(manager, { kind: "test_batches", params: {}, total: 50 });
    const g = gate(job.id);
    const first = runPendingJobs({ workerId: "crashing", limit: 1 });
    await g.reached;
    // Simulate the crash: the first worker stops renewing, its lease runs out.
    await db.job.update({ where: { id: job.id }, data: { leaseExpiresAt: new Date(Date.now() - 1000) } });
    await runPendingJobs({ workerId: "rescuer", limit: 1 });
    // The stalled worker wakes up: its next checkpoint is refused, nothing is counted twice.
    g.release();
    await first;
    const done = await getJob(manager, job.id);
    expect(done).toMatchObject({ status: "completed", processed: 50, created: 50, attempts: 2, cursor: { batch: 5 } });
  });

  it("cancels a queued job at once and a running one at its next checkpoint", async () => {
    const queued = await enqueueJob(manager, { kind: "test_batches", params: {} });
    expect(await requestJobCancel(manager, queued.id)).toMatchObject({ status: "cancelled" });
    await expect(requestJobCancel(manager, queued.id)).rejects.toMatchObject({ code: "CONFLICT" });

    const running = await enqueueJob(manager, { kind: "test_batches", params: {} });
    const g = gate(running.id);
    const run = runPendingJobs({ workerId: "w", limit: 1 });
    await g.reached;
    await expect(requestJobCancel(staff, running.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await requestJobCancel(manager, running.id)).toMatchObject({
      status: "running",
      cancelRequestedAt: expect.any(Date),
    });
    g.release();
    await run;
    // Batches 1–2 committed; batch 3's checkpoint saw the cancel and rolled back with it.
    expect(await getJob(manager, running.id)).toMatchObject({
      status: "cancelled",
      processed: 20,
      cursor: { batch: 2 },
    });
  });

  it("records failures: an expected error's message, otherwise a reference without internals", async () => {
    const app = await enqueueJob(manager, { kind: "test_fail_app", params: {} });
    const bug = await enqueueJob(manager, { kind: "test_fail_bug", params: {} });
    await runPendingJobs({ limit: 5 });
    expect(await getJob(manager, app.id)).toMatchObject({
      status: "failed",
      error: "The file has no rows.",
      attempts: 1,
    });
    const failed = await getJob(manager, bug.id);
    expect(failed).toMatchObject({ status: "failed", attempts: 1 });
    expect(failed.error).toMatch(/^Something went wrong\. Reference: /);
    expect(failed.error).not.toContain("secret");
  });

  it("runs with the creator's current role, and is cancelled with the reason when the creator left", async () => {
    const promoted = await enqueueJob(staff, { kind: "test_role", params: {} });
    await db.member.updateMany({
      where: { organizationId: staff.orgId, userId: staff.userId! },
      data: { role: "admin" },
    });
    await runPendingJobs({ limit: 5 });
    expect(await getJob(staff, promoted.id)).toMatchObject({ status: "completed", processed: 1 });

    const orphan = await enqueueJob(staff, { kind: "test_role", params: {} });
    await db.member.deleteMany({ where: { organizationId: staff.orgId, userId: staff.userId! } });
    await runPendingJobs({ limit: 5 });
    expect(await getJob(manager, orphan.id)).toMatchObject({
      status: "cancelled",
      error: "The user who started this job is no longer a member.",
    });
  });

  it("params or a checkpoint that do not fit the kind's schemas fail the job with the reason, before its handler runs", async () => {
    // Written around enqueueJob, as an older version or a hand-edited row could have left them.
    const badParams = await db.job.create({
      data: {
        organizationId: manager.orgId,
        kind: "customer_import",
        params: { importId: "nope" },
        createdById: manager.userId,
      },
    });
    const badCursor = await enqueueJob(manager, { kind: "test_batches", params: {}, total: 50 });
    await db.job.update({ where: { id: badCursor.id }, data: { cursor: { batch: "two" } } });
    await run({ limit: 5 });
    await runPendingJobs({ limit: 5 });
    expect(await getJob(manager, badParams.id)).toMatchObject({
      status: "failed",
      attempts: 1,
      error: "The job's params are not valid (importId: Invalid UUID).",
    });
    expect(await getJob(manager, badCursor.id)).toMatchObject({
      status: "failed",
      processed: 0,
      cursor: { batch: "two" },
      error: "The job's checkpoint is not valid (batch: Invalid input: expected number, received string).",
    });
  });

  it("another organization's job is NOT_FOUND", async () => {
    const job = await enqueueJob(manager, { kind: "test_count", params: {} });
    await expect(getJob(otherOrg, job.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requestJobCancel(otherOrg, job.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getJob(manager, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await runPendingJobs({ limit: 5 });
  });
});
