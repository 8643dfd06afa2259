// A job acts as whoever started it for as long as it runs: a user removed from the organization, or
// demoted to a role that may not start this kind of job, stops it (queued: it never runs; running: at
// its next batch, which rolls back), cancelled with the reason. A role change that still allows the job
// makes it resume from its checkpoint with the new role, so it never does more than that role may.
import { beforeEach, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getJob, runPendingJobs } from "@/lib/jobs";
import { startImport } from "@/lib/imports/mutations";
import { getImport } from "@/lib/imports/queries";
import { makeCustomerRows, makeOrgWithRoles, uniq } from "@/tests/factories";
import { customersById } from "../customer-bulk/helpers";
import { csv, upload } from "../imports/helpers";
import { enqueueGatedBulk, runWithPause } from "./gate";

let ctx: Record<Role, Ctx>;

beforeEach(async () => {
  ({ ctx } = await makeOrgWithRoles());
});

const setRole = (who: Ctx, role: Role) =>
  db.member.updateMany({ where: { organizationId: who.orgId, userId: who.userId! }, data: { role } });
const removeMember = (who: Ctx) => db.member.deleteMany({ where: { organizationId: who.orgId, userId: who.userId! } });

async function tagged(n: number) {
  const tag = uniq("actor-");
  return { tag, ids: await makeCustomerRows(ctx.staff, n, { tags: [tag] }) };
}

const statuses = async (ids: string[]) => (await customersById(ids)).map((row) => row.status);

describe("the job's actor", () => {
  it("a member removed while their job is queued: it never runs", async () => {
    const { tag, ids } = await tagged(7);
    const job = await enqueueGatedBulk(ctx.staff, { action: "setStatus", params: { status: "inactive" } }, tag, 7);
    await removeMember(ctx.staff);
    await runPendingJobs({ limit: 1 });
    expect(await getJob(ctx.admin, job.id)).toMatchObject({
      status: "cancelled",
      processed: 0,
      error: "The user who started this job is no longer a member.",
    });
    expect(await statuses(ids)).toEqual(Array(7).fill("active"));
  });

  it("a member removed while their job runs: it stops at the next batch; later rows are untouched", async () => {
    const { tag, ids } = await tagged(12);
    const job = await enqueueGatedBulk(ctx.staff, { action: "setStatus", params: { status: "inactive" } }, tag, 12);
    await runWithPause(() => removeMember(ctx.staff).then(() => undefined));
    expect(await getJob(ctx.admin, job.id)).toMatchObject({
      status: "cancelled",
      processed: 5,
      updated: 5,
      error: "The user who started this job is no longer a member.",
    });
    expect((await statuses(ids)).filter((status) => status === "inactive")).toHaveLength(5);
  });

  it("a member demoted below the job's start permission while it runs: it stops at the next batch", async () => {
    const { tag, ids } = await tagged(12);
    const job = await enqueueGatedBulk(ctx.staff, { action: "addTags", params: { tags: ["demoted"] } }, tag, 12);
    await runWithPause(() => setRole(ctx.staff, "viewer").then(() => undefined));
    expect(await getJob(ctx.admin, job.id)).toMatchObject({
      status: "cancelled",
      processed: 5,
      error: "The user who started this job no longer has a role that may run it.",
    });
    expect((await customersById(ids)).filter((row) => row.tags.includes("demoted"))).toHaveLength(5);
  });

  it("a manager demoted to staff mid-archive: the job resumes with the new role, which may not archive", async () => {
    const { tag, ids } = await tagged(12);
    const job = await enqueueGatedBulk(ctx.manager, { action: "archive", params: {} }, tag, 12);
    await runWithPause(() => setRole(ctx.manager, "staff").then(() => undefined));
    expect(await getJob(ctx.admin, job.id)).toMatchObject({
      status: "failed",
      processed: 5,
      error: "Your role does not allow this action.",
    });
    expect((await customersById(ids)).filter((row) => row.archivedAt !== null)).toHaveLength(5);
  });

  it("an import whose manager was demoted to staff before it started never runs", async () => {
    const uploaded = await upload(
      ctx.manager,
      csv([
        ["Account Number", "Company"],
        ["AD-1", "Demoted Co"],
      ]),
    );
    await startImport(ctx.manager, uploaded.id, { mapping: uploaded.proposedMapping });
    await setRole(ctx.manager, "staff");
    await runPendingJobs({ limit: 1 });
    const result = await getImport(ctx.admin, uploaded.id);
    expect(result).toMatchObject({
      status: "cancelled",
      created: 0,
      error: "The user who started this job no longer has a role that may run it.",
    });
    expect(await db.customer.count({ where: { organizationId: ctx.admin.orgId, accountNumber: "AD-1" } })).toBe(0);
  });
});
