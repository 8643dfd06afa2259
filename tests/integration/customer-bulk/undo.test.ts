// Undo of bulk tag and status changes: each customer gets exactly its own previous value back, only while
// nothing newer changed it (those keep the newer value), once, with the change's own permissions, in this
// organization only — and a background job's change is undone by the job's id.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runBulkAction } from "@/lib/customers/bulk/run";
import { undoBulkChange } from "@/lib/customers/bulk/undo";
import { getJob, runPendingJobs } from "@/lib/jobs";
import { updateCustomer } from "@/lib/customers/mutations";
import { makeCustomerRows, makeOrgWithOutsider, rejectionOf, uniq } from "@/tests/factories";
import { activityOf, customersById, run } from "./helpers";

const { ctx, outsider } = await makeOrgWithOutsider();

const statuses = (ids: string[]) => customersById(ids).then((rows) => rows.map((row) => row.status));

describe("undo a bulk status change", () => {
  it("restores each customer's own previous status, keeps newer changes, records the restore, and runs once", async () => {
    const ids = await makeCustomerRows(ctx.staff, 4);
    await db.customer.update({ where: { id: ids[1] }, data: { status: "blocked" } });
    await db.customer.update({ where: { id: ids[2] }, data: { status: "suspended" } });
    const before = await statuses(ids);
    const result = await run(ctx.staff, { action: "setStatus", params: { status: "inactive" }, ids }, { batchSize: 2 });
    expect(result.updated).toBe(4);
    expect(result.undoId).toEqual(expect.any(String));

    // Someone edits one customer afterwards: its newer value stays.
    const [edited] = await customersById([ids[3]!]);
    await updateCustomer(ctx.staff, edited!.id, { displayName: "Edited since" }, { expectedVersion: edited!.version });

    const undone = await undoBulkChange(ctx.staff, result.undoId!);
    expect(undone).toEqual({ restored: 3, kept: 1 });
    expect(await statuses(ids)).toEqual([...before.slice(0, 3), "inactive"]);
    const rows = await customersById(ids);
    expect(rows.slice(0, 3).every((row) => row.version === 3 && row.updatedById === ctx.staff.userId)).toBe(true);
    const restore = (await activityOf([ids[1]!])).at(-1);
    expect(rows[1]!.lastActivityAt).toEqual(restore!.createdAt);
    expect(restore).toMatchObject({
      action: "reverted",
      summary: "Set status (bulk) undone",
      changes: { status: { from: "inactive", to: "blocked" } },
      actorId: ctx.staff.userId,
    });

    const again = await rejectionOf(undoBulkChange(ctx.staff, result.undoId!));
    expect(again.code).toBe("CONFLICT");
  });

  it("needs the change's permissions, and another organization's change is NOT_FOUND", async () => {
    const ids = await makeCustomerRows(ctx.staff, 1);
    const { undoId } = await run(ctx.staff, { action: "setStatus", params: { status: "suspended" }, ids });
    expect((await rejectionOf(undoBulkChange(ctx.viewer, undoId!))).code).toBe("FORBIDDEN");
    expect((await rejectionOf(undoBulkChange(outsider, undoId!))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(undoBulkChange(ctx.staff, "not-an-id"))).code).toBe("NOT_FOUND");
    expect(await statuses(ids)).toEqual(["suspended"]);
    expect(await undoBulkChange(ctx.manager, undoId!)).toEqual({ restored: 1, kept: 0 });
    expect(await statuses(ids)).toEqual(["active"]);
  });
});

describe("undo a bulk tag change", () => {
  it("puts back each customer's own tag list, in its order", async () => {
    const ids = await makeCustomerRows(ctx.staff, 3, { tags: ["keep"] });
    await db.customer.update({ where: { id: ids[1] }, data: { tags: ["Zeta", "keep", "alpha"] } });
    await db.customer.update({ where: { id: ids[2] }, data: { tags: [] } });
    const before = (await customersById(ids)).map((row) => row.tags);
    const { undoId, updated } = await run(ctx.staff, { action: "addTags", params: { tags: ["north", "vip"] }, ids });
    expect(updated).toBe(3);
    expect(await undoBulkChange(ctx.staff, undoId!)).toEqual({ restored: 3, kept: 0 });
    expect((await customersById(ids)).map((row) => row.tags)).toEqual(before);
  });

  it("offers no undo when nothing changed, or for actions it does not cover", async () => {
    const ids = await makeCustomerRows(ctx.staff, 1, { tags: ["only"] });
    expect((await run(ctx.staff, { action: "removeTags", params: { tags: ["absent"] }, ids })).undoId).toBeNull();
    expect((await run(ctx.manager, { action: "archive", ids })).undoId).toBeNull();
  });

  it("undoes a change run as a background job by the job's id", async () => {
    const tag = uniq("undo-job-");
    const ids = await makeCustomerRows(ctx.staff, 12, { tags: [tag] });
    const outcome = await runBulkAction(
      ctx.staff,
      { action: "removeTags", params: { tags: [tag] }, filter: { tag } },
      { inlineLimit: 5, batchSize: 5 },
    );
    if (!("job" in outcome)) throw new Error("expected a job");
    await runPendingJobs();
    expect(await getJob(ctx.staff, outcome.job.id)).toMatchObject({ status: "completed", updated: 12 });
    expect(await undoBulkChange(ctx.staff, outcome.job.id)).toEqual({ restored: 12, kept: 0 });
    expect((await customersById(ids)).every((row) => row.tags.length === 1 && row.tags[0] === tag)).toBe(true);
  });
});
