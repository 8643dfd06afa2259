// Each bulk action on selected rows: what changes, versions, timeline entries, and rows skipped with a reason.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { BulkRequestInput } from "@/lib/customers/bulk/schemas";
import {
  makeAssetLinkRow,
  makeAssetRow,
  makeCustomer,
  makeCustomerRows,
  makeOrgWithRoles,
  rejectionOf,
  uniq,
} from "@/tests/factories";
import { activityOf, customersById, run } from "./helpers";

const { ctx } = await makeOrgWithRoles();

describe("tags", () => {
  it("adds tags to each selected customer once (case-insensitive), bumps versions and records the diff", async () => {
    const ids = await makeCustomerRows(ctx.staff, 3, { tags: ["existing"] });
    await db.customer.update({ where: { id: ids[0] }, data: { tags: ["existing", "VIP"] } });
    const result = await run(ctx.staff, { action: "addTags", params: { tags: [" vip ", "north"] }, ids });
    expect(result).toMatchObject({ total: 3, processed: 3, updated: 3, skipped: 0 });
    const rows = await customersById(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(ids[0]!)!.tags).toEqual(["existing", "VIP", "north"]);
    expect(byId.get(ids[1]!)!.tags).toEqual(["existing", "vip", "north"]);
    expect(rows.every((row) => row.version === 2 && row.updatedById === ctx.staff.userId)).toBe(true);
    const entries = await activityOf([ids[1]!]);
    expect(entries.at(-1)).toMatchObject({
      action: "updated",
      summary: "Tags added (bulk): vip, north",
      changes: { tags: { from: ["existing"], to: ["existing", "vip", "north"] } },
      actorId: ctx.staff.userId,
    });
  });

  it("removes tags and skips customers that had none of them", async () => {
    const ids = await makeCustomerRows(ctx.staff, 2, { tags: ["Keep", "Drop"] });
    await db.customer.update({ where: { id: ids[1] }, data: { tags: ["Keep"] } });
    const result = await run(ctx.staff, { action: "removeTags", params: { tags: ["drop"] }, ids });
    expect(result).toMatchObject({ updated: 1, skipped: 1, skippedReasons: { "Already as requested": 1 } });
    expect((await customersById(ids)).map((row) => row.tags)).toEqual([["Keep"], ["Keep"]]);
    expect(await activityOf([ids[1]!])).toHaveLength(0);
  });

  it("skips a customer that would exceed 30 tags, and refuses an empty tag list", async () => {
    const [id] = await makeCustomerRows(ctx.staff, 1, { tags: Array.from({ length: 30 }, (_, i) => `t${i}`) });
    const result = await run(ctx.staff, { action: "addTags", params: { tags: ["one-more"] }, ids: [id!] });
    expect(result.skippedReasons).toEqual({ "Would have more than 30 tags": 1 });
    const empty = await rejectionOf(run(ctx.staff, { action: "addTags", params: { tags: ["  "] }, ids: [id!] }));
    expect(empty.code).toBe("VALIDATION");
  });
});

describe("status, tier and owner", () => {
  it("sets the status, skipping archived customers and those already in it", async () => {
    const ids = await makeCustomerRows(ctx.staff, 3);
    await db.customer.update({ where: { id: ids[1] }, data: { status: "inactive" } });
    await db.customer.update({ where: { id: ids[2] }, data: { archivedAt: new Date() } });
    const result = await run(ctx.staff, { action: "setStatus", params: { status: "inactive" }, ids });
    expect(result).toMatchObject({
      updated: 1,
      skipped: 2,
      skippedReasons: { "Already as requested": 1, "Archived (restore it first)": 1 },
    });
    const [first] = await activityOf([ids[0]!]);
    expect(first).toMatchObject({
      summary: "Status set to Inactive (bulk)",
      changes: { status: { from: "active", to: "inactive" } },
    });
  });

  it("sets and clears the tier; another organization's tier is a field error", async () => {
    const tier = await db.customerTier.create({
      data: { organizationId: ctx.staff.orgId, name: uniq("Gold "), color: "amber", level: 1 },
    });
    const ids = await makeCustomerRows(ctx.staff, 2);
    expect((await run(ctx.staff, { action: "setTier", params: { tierId: tier.id }, ids })).updated).toBe(2);
    expect((await customersById(ids)).map((row) => row.tierId)).toEqual([tier.id, tier.id]);
    expect((await activityOf([ids[0]!])).at(-1)?.summary).toBe(`Tier set to ${tier.name} (bulk)`);
    expect((await run(ctx.staff, { action: "setTier", params: { tierId: null }, ids })).updated).toBe(2);
    expect((await customersById(ids)).map((row) => row.tierId)).toEqual([null, null]);
    const other = await makeOrgWithRoles();
    const foreign = await db.customerTier.create({
      data: { organizationId: other.org.id, name: "Theirs", color: "amber", level: 1 },
    });
    const error = await rejectionOf(run(ctx.staff, { action: "setTier", params: { tierId: foreign.id }, ids }));
    expect(error.fieldErrors.tierId).toBeDefined();
  });

  it("staff transfer only the customers they own; the others are skipped with the reason", async () => {
    const mine = await makeCustomerRows(ctx.staff, 2, { ownerId: ctx.staff.userId });
    const theirs = await makeCustomerRows(ctx.staff, 1, { ownerId: ctx.manager.userId });
    const input: BulkRequestInput = {
      action: "transferOwner",
      params: { toUserId: ctx.admin.userId!, reason: "Territory change" },
      ids: [...mine, ...theirs],
    };
    const result = await run(ctx.staff, input);
    expect(result).toMatchObject({ updated: 2, skipped: 1 });
    expect(Object.keys(result.skippedReasons)[0]).toMatch(/^Not your customer/);
    expect((await customersById([...mine, ...theirs])).map((row) => row.ownerId).sort()).toEqual(
      [ctx.admin.userId, ctx.admin.userId, ctx.manager.userId].sort(),
    );
    const transfers = await db.ownershipTransfer.findMany({ where: { customerId: { in: mine } } });
    expect(transfers).toHaveLength(2);
    expect(transfers[0]).toMatchObject({
      fromUserId: ctx.staff.userId,
      toUserId: ctx.admin.userId,
      byUserId: ctx.staff.userId,
      reason: "Territory change",
    });
    expect((await activityOf([mine[0]!])).at(-1)).toMatchObject({
      action: "owner_changed",
      changes: { ownerId: { from: ctx.staff.userId, to: ctx.admin.userId } },
    });
  });

  it("managers transfer any customer; a reason and an eligible member are required", async () => {
    const ids = await makeCustomerRows(ctx.staff, 2, { ownerId: ctx.staff.userId });
    expect(
      (
        await run(ctx.manager, {
          action: "transferOwner",
          params: { toUserId: ctx.owner.userId!, reason: "Rebalance" },
          ids,
        })
      ).updated,
    ).toBe(2);
    const noReason = await rejectionOf(
      run(ctx.manager, { action: "transferOwner", params: { toUserId: ctx.owner.userId!, reason: "" }, ids }),
    );
    expect(noReason.fieldErrors.reason).toBeDefined();
    const viewer = await rejectionOf(
      run(ctx.manager, { action: "transferOwner", params: { toUserId: ctx.viewer.userId!, reason: "Nope" }, ids }),
    );
    expect(viewer.fieldErrors.toUserId).toEqual(["Viewers cannot own customers"]);
  });
});

describe("archive", () => {
  it("needs a manager; archives, skips the already archived, and hands primary links to the next customer", async () => {
    const ids = await makeCustomerRows(ctx.staff, 2);
    const other = await makeCustomer(ctx.staff, { name: uniq("Next in line ") });
    const asset = await makeAssetRow(ctx.staff.orgId);
    await makeAssetLinkRow(ctx.staff.orgId, asset.id, ids[0]!, { isPrimary: true });
    await makeAssetLinkRow(ctx.staff.orgId, asset.id, other.id);
    expect((await rejectionOf(run(ctx.staff, { action: "archive", ids }))).code).toBe("FORBIDDEN");
    await db.customer.update({ where: { id: ids[1] }, data: { archivedAt: new Date() } });
    const result = await run(ctx.manager, { action: "archive", ids });
    expect(result).toMatchObject({ updated: 1, skipped: 1, skippedReasons: { "Already archived": 1 } });
    const archived = await db.customer.findUniqueOrThrow({ where: { id: ids[0] } });
    expect(archived).toMatchObject({ archivedById: ctx.manager.userId, version: 2 });
    expect(archived.archivedAt).not.toBeNull();
    const primary = await db.assetCustomer.findFirstOrThrow({ where: { assetId: asset.id, isPrimary: true } });
    expect(primary.customerId).toBe(other.id);
    expect((await activityOf([ids[0]!])).map((a) => a.action)).toContain("archived");
  });
});

describe("permissions and organizations", () => {
  it("refuses viewers, and ignores another organization's ids (all foreign is NOT_FOUND)", async () => {
    const ids = await makeCustomerRows(ctx.staff, 1);
    expect(
      (await rejectionOf(run(ctx.viewer, { action: "setStatus", params: { status: "inactive" }, ids }))).code,
    ).toBe("FORBIDDEN");
    const other = await makeOrgWithRoles();
    const foreign = await makeCustomerRows(other.staff, 1);
    const result = await run(ctx.staff, {
      action: "setStatus",
      params: { status: "inactive" },
      ids: [...ids, ...foreign],
    });
    expect(result).toMatchObject({ total: 2, updated: 1, skipped: 1, skippedReasons: { "Not found": 1 } });
    expect((await customersById(foreign))[0]!.status).toBe("active");
    const onlyForeign = await rejectionOf(
      run(ctx.staff, { action: "setStatus", params: { status: "inactive" }, ids: foreign }),
    );
    expect(onlyForeign.code).toBe("NOT_FOUND");
  });

  it("refuses an unknown action or a request without ids or filter", async () => {
    expect((await rejectionOf(run(ctx.staff, { action: "explode", ids: [] } as never))).code).toBe("VALIDATION");
    expect((await rejectionOf(run(ctx.staff, { action: "archive" } as never))).code).toBe("VALIDATION");
  });
});
