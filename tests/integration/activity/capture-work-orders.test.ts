// Work order changes on its customer's timeline: created, updated, status changed, customer changed.
import { describe, expect, it } from "vitest";
import { deleteWorkOrder, updateWorkOrder } from "@/lib/work-orders/mutations";
import { makeAssetLinkRow, makeAssetRow, makeCustomer, makeLinkedAsset, rejectionOf } from "@/tests/factories";
import { openWorkOrder, setupShop } from "../work-orders/helpers";
import { actionsOf, timelineOf } from "./helpers";

describe("work order activity capture", () => {
  it("records creation on the customer's timeline", async () => {
    const { ctx, center } = await setupShop();
    const { asset, owner } = await makeLinkedAsset(ctx.staff);
    const workOrder = await openWorkOrder(ctx.staff, { serviceCenterId: center.id, assetId: asset.id });
    const [created] = await timelineOf(owner.id);
    expect(created).toMatchObject({ entityType: "work_order", entityId: workOrder.id, action: "created" });
    expect(created?.summary).toContain(workOrder.number);
  });

  it("records a deletion on the customer's timeline, in the delete's transaction", async () => {
    const { ctx, center } = await setupShop();
    const { asset, owner } = await makeLinkedAsset(ctx.staff);
    const workOrder = await openWorkOrder(ctx.staff, { serviceCenterId: center.id, assetId: asset.id });
    expect((await rejectionOf(deleteWorkOrder(ctx.staff, workOrder.id))).code).toBe("FORBIDDEN");
    await deleteWorkOrder(ctx.admin, workOrder.id);
    const [deleted] = await timelineOf(owner.id);
    expect(deleted).toMatchObject({
      entityType: "work_order",
      entityId: workOrder.id,
      action: "deleted",
      actorId: ctx.admin.userId,
    });
    expect(deleted?.summary).toBe(`Work order ${workOrder.number} deleted`);
    expect(await actionsOf(owner.id)).toEqual(expect.arrayContaining(["work_order:created", "work_order:deleted"]));
    expect((await rejectionOf(deleteWorkOrder(ctx.admin, workOrder.id))).code).toBe("NOT_FOUND");
  });

  it("records a lead technician change by name, not id", async () => {
    const { ctx, center } = await setupShop();
    const { asset, owner } = await makeLinkedAsset(ctx.staff);
    const workOrder = await openWorkOrder(ctx.staff, { serviceCenterId: center.id, assetId: asset.id });
    await updateWorkOrder(ctx.staff, workOrder.id, { leadTechnicianId: ctx.manager.userId });
    const [assigned] = await timelineOf(owner.id);
    const { db } = await import("@/lib/db");
    const manager = await db.user.findUniqueOrThrow({ where: { id: ctx.manager.userId ?? "" } });
    expect(assigned?.changes).toEqual({ leadTechnician: { from: null, to: manager.name } });
    await updateWorkOrder(ctx.staff, workOrder.id, { leadTechnicianId: null });
    expect((await timelineOf(owner.id))[0]?.changes).toEqual({ leadTechnician: { from: manager.name, to: null } });
  });

  it("records nothing for a work order without a customer", async () => {
    const { ctx, center } = await setupShop();
    const asset = await makeAssetRow(ctx.staff.orgId);
    const workOrder = await openWorkOrder(ctx.staff, {
      serviceCenterId: center.id,
      assetId: asset.id,
      withoutCustomer: true,
    });
    await updateWorkOrder(ctx.staff, workOrder.id, { priority: "high" });
    const { db } = await import("@/lib/db");
    expect(await db.activity.count({ where: { entityId: workOrder.id } })).toBe(0);
  });

  it("records updates and status changes with their diffs", async () => {
    const { ctx, center } = await setupShop();
    const { asset, owner } = await makeLinkedAsset(ctx.staff);
    const workOrder = await openWorkOrder(ctx.staff, { serviceCenterId: center.id, assetId: asset.id });
    await updateWorkOrder(ctx.staff, workOrder.id, { priority: "urgent", dueDate: "2026-05-01" });
    await updateWorkOrder(ctx.staff, workOrder.id, { status: "in_progress" });
    const [status, updated] = await timelineOf(owner.id);
    expect(updated).toMatchObject({
      action: "updated",
      changes: { priority: { from: "normal", to: "urgent" }, dueDate: { from: null, to: "2026-05-01T00:00:00.000Z" } },
    });
    expect(status).toMatchObject({
      action: "status_changed",
      changes: { status: { from: "created", to: "in_progress" } },
    });
  });

  it("records a customer change on both customers", async () => {
    const { ctx, center } = await setupShop();
    const { asset, owner } = await makeLinkedAsset(ctx.staff);
    const other = await makeCustomer(ctx.staff);
    await makeAssetLinkRow(ctx.staff.orgId, asset.id, other.id);
    const workOrder = await openWorkOrder(ctx.staff, { serviceCenterId: center.id, assetId: asset.id });
    await updateWorkOrder(ctx.staff, workOrder.id, { customerId: other.id });
    const change = { customerName: { from: owner.name, to: other.name } };
    expect((await timelineOf(owner.id))[0]).toMatchObject({ action: "customer_changed", changes: change });
    expect((await timelineOf(other.id))[0]).toMatchObject({ action: "customer_changed", changes: change });
  });

  it("a refused update (stale version) records nothing", async () => {
    const { ctx, center } = await setupShop();
    const { asset, owner } = await makeLinkedAsset(ctx.staff);
    const workOrder = await openWorkOrder(ctx.staff, { serviceCenterId: center.id, assetId: asset.id });
    const before = await actionsOf(owner.id);
    expect((await rejectionOf(updateWorkOrder(ctx.staff, workOrder.id, { priority: "high", version: 42 }))).code).toBe(
      "CONFLICT",
    );
    expect(await actionsOf(owner.id)).toEqual(before);
  });
});
