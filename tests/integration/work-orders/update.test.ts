// Editing work orders: version checks, terminal statuses, lead technician membership, customer changes.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteWorkOrder, updateWorkOrder } from "@/lib/work-orders/mutations";
import { getWorkOrder } from "@/lib/work-orders/queries";
import type { WorkOrderInput } from "@/lib/work-orders/schemas";
import { makeAssetLinkRow, makeCustomer, makeLinkedAsset, makeOrg, makeUser, rejectionOf } from "@/tests/factories";
import { openWorkOrder, setupShop } from "./helpers";

const { ctx, serviceCenterId, assetId } = await setupShop();

const open = (overrides: Partial<WorkOrderInput> = {}) =>
  openWorkOrder(ctx.staff, { serviceCenterId, assetId, ...overrides });

describe("updating work orders", () => {
  it("stores the fields given on create and applies a partial update", async () => {
    const lead = await makeUser(ctx.owner.orgId, "staff", { name: "Lead Tech" });
    const created = await open({
      type: "quote",
      priority: "high",
      dueDate: "2026-03-15",
      description: "Annual inspection",
      leadTechnicianId: lead.id,
    });
    expect(created).toMatchObject({
      type: "quote",
      priority: "high",
      status: "created",
      description: "Annual inspection",
      leadTechnicianId: lead.id,
      version: 1,
    });
    expect(created.dueDate?.toISOString()).toBe("2026-03-15T00:00:00.000Z");
    const updated = await updateWorkOrder(
      ctx.staff,
      created.id,
      { status: "in_progress", priority: "urgent", dueDate: null },
      { expectedVersion: 1 },
    );
    expect(updated).toMatchObject({
      status: "in_progress",
      priority: "urgent",
      dueDate: null,
      type: "quote",
      version: 2,
    });
    const detail = await getWorkOrder(ctx.viewer, created.id);
    expect(detail.leadTechnician).toEqual({ id: lead.id, name: "Lead Tech" });
  });

  it("rejects a stale version with CONFLICT", async () => {
    const created = await open();
    await updateWorkOrder(ctx.staff, created.id, { priority: "low", version: 1 });
    const stale = await rejectionOf(
      updateWorkOrder(ctx.staff, created.id, { priority: "high" }, { expectedVersion: 1 }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/changed by someone else/);
  });

  it("sets completedAt on completion and then refuses any change", async () => {
    const created = await open();
    const completed = await updateWorkOrder(ctx.staff, created.id, { status: "completed" });
    expect(completed.completedAt).toBeInstanceOf(Date);
    for (const patch of [{ status: "open" as const }, { description: "More work" }]) {
      const refused = await rejectionOf(updateWorkOrder(ctx.staff, created.id, patch));
      expect(refused.code).toBe("CONFLICT");
      expect(refused.message).toBe("This work order is completed; it can no longer be changed.");
    }
  });

  it("refuses changes to a void work order", async () => {
    const created = await open();
    const voided = await updateWorkOrder(ctx.staff, created.id, { status: "void" });
    expect(voided.completedAt).toBeNull();
    const refused = await rejectionOf(updateWorkOrder(ctx.manager, created.id, { status: "created" }));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message: "This work order is void; it can no longer be changed.",
    });
  });

  it("requires the lead technician to be a member of the organization", async () => {
    const elsewhere = await makeOrg();
    const outsider = await makeUser(elsewhere.id, "staff");
    const created = await rejectionOf(open({ leadTechnicianId: outsider.id }));
    expect(created.code).toBe("VALIDATION");
    expect(created.fieldErrors.leadTechnicianId).toEqual(["The lead technician must be a member of this organization"]);
    const workOrder = await open();
    const updated = await rejectionOf(updateWorkOrder(ctx.staff, workOrder.id, { leadTechnicianId: outsider.id }));
    expect(updated.fieldErrors.leadTechnicianId).toBeDefined();
    const cleared = await updateWorkOrder(ctx.staff, workOrder.id, { leadTechnicianId: ctx.manager.userId });
    expect(cleared.leadTechnicianId).toBe(ctx.manager.userId);
    expect((await updateWorkOrder(ctx.staff, workOrder.id, { leadTechnicianId: "" })).leadTechnicianId).toBeNull();
  });

  it("refuses a viewer as lead technician with a clear error, and keeps a lead who became a viewer", async () => {
    const viewer = await makeUser(ctx.owner.orgId, "viewer", { name: "Vera Viewer" });
    const message = "Vera Viewer is a viewer and cannot lead work orders; choose a staff member or above";
    const created = await rejectionOf(open({ leadTechnicianId: viewer.id }));
    expect(created.code).toBe("VALIDATION");
    expect(created.fieldErrors.leadTechnicianId).toEqual([message]);
    const lead = await makeUser(ctx.owner.orgId, "staff", { name: "Later Viewer" });
    const workOrder = await open({ leadTechnicianId: lead.id });
    const updated = await rejectionOf(updateWorkOrder(ctx.staff, workOrder.id, { leadTechnicianId: viewer.id }));
    expect(updated.fieldErrors.leadTechnicianId).toEqual([message]);
    await db.member.updateMany({
      where: { organizationId: ctx.owner.orgId, userId: lead.id },
      data: { role: "viewer" },
    });
    const kept = await updateWorkOrder(ctx.staff, workOrder.id, { leadTechnicianId: lead.id, priority: "high" });
    expect(kept).toMatchObject({ leadTechnicianId: lead.id, priority: "high" });
  });

  it("changes the customer only among the asset's current links, snapshotting the new one", async () => {
    const { asset, owner } = await makeLinkedAsset(ctx.staff);
    const operator = await makeCustomer(ctx.staff);
    const stranger = await makeCustomer(ctx.staff);
    await makeAssetLinkRow(ctx.owner.orgId, asset.id, operator.id, { status: "current" });
    const workOrder = await open({ assetId: asset.id });
    expect(workOrder.customerId).toBe(owner.id);
    const switched = await updateWorkOrder(ctx.staff, workOrder.id, { customerId: operator.id });
    expect(switched).toMatchObject({ customerId: operator.id, customerName: operator.name });
    expect(switched.searchText).toContain(operator.name.toLowerCase());
    const refused = await rejectionOf(updateWorkOrder(ctx.staff, workOrder.id, { customerId: stranger.id }));
    expect(refused.fieldErrors.customerId).toEqual([`${stranger.name} is not linked to this aircraft`]);
    const removed = await updateWorkOrder(ctx.staff, workOrder.id, { customerId: null });
    expect(removed).toMatchObject({ customerId: null, customerName: null, customerSnapshot: null });
  });

  it("validates fields with messages per field", async () => {
    const bad = { dueDate: "2026-02-30", priority: "asap" } as unknown as WorkOrderInput;
    const created = await rejectionOf(open(bad));
    expect(created.code).toBe("VALIDATION");
    expect(created.fieldErrors.dueDate).toEqual(["Enter a date such as 2026-01-31"]);
    expect(created.fieldErrors.priority).toBeDefined();
    const missing = await rejectionOf(openWorkOrder(ctx.staff, { serviceCenterId: "", assetId: "" }));
    expect(Object.keys(missing.fieldErrors).sort()).toEqual(["assetId", "serviceCenterId"]);
  });

  it("lets admins delete a work order", async () => {
    const created = await open();
    await deleteWorkOrder(ctx.admin, created.id);
    expect((await rejectionOf(getWorkOrder(ctx.admin, created.id))).code).toBe("NOT_FOUND");
  });
});
