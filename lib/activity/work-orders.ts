import "server-only";
// Work order changes on the timeline of the work order's customer (both customers when it moves
// from one to another); a work order without a customer appears on no timeline.
import type { Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { WorkOrder } from "@/lib/generated/prisma/client";
import { diffFields, recordChange, type FieldChanges } from "@/lib/activity/record";

const trackedFields = ["status", "type", "priority", "dueDate", "description", "customerName"] as const;

async function recordOnCustomer(tx: Tx, ctx: Ctx, workOrder: WorkOrder, action: "created" | "deleted") {
  if (!workOrder.customerId) return;
  await recordChange(tx, ctx, {
    customerId: workOrder.customerId,
    entityType: "work_order",
    entityId: workOrder.id,
    action,
    summary: `Work order ${workOrder.number} ${action}`,
  });
}

export async function recordWorkOrderCreated(tx: Tx, ctx: Ctx, workOrder: WorkOrder): Promise<void> {
  await recordOnCustomer(tx, ctx, workOrder, "created");
}

/** A deleted work order stays on its customer's timeline as a record that it existed and was removed. */
export async function recordWorkOrderDeleted(tx: Tx, ctx: Ctx, workOrder: WorkOrder): Promise<void> {
  await recordOnCustomer(tx, ctx, workOrder, "deleted");
}

/** The lead technician change by name (ids mean nothing on a timeline). */
async function technicianChange(tx: Tx, before: WorkOrder, after: WorkOrder): Promise<FieldChanges> {
  if (before.leadTechnicianId === after.leadTechnicianId) return {};
  const ids = [before.leadTechnicianId, after.leadTechnicianId].filter((id): id is string => id !== null);
  const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const nameOf = (id: string | null) => (id === null ? null : (users.find((user) => user.id === id)?.name ?? null));
  return { leadTechnician: { from: nameOf(before.leadTechnicianId), to: nameOf(after.leadTechnicianId) } };
}

/** Records the update's field diff; action `customer_changed`, `status_changed` or `updated`. */
export async function recordWorkOrderUpdate(tx: Tx, ctx: Ctx, before: WorkOrder, after: WorkOrder): Promise<void> {
  const changes = { ...diffFields(before, after, trackedFields), ...(await technicianChange(tx, before, after)) };
  if (Object.keys(changes).length === 0 && before.customerId === after.customerId) return;
  const customerChanged = before.customerId !== after.customerId;
  const action = customerChanged ? "customer_changed" : changes.status ? "status_changed" : "updated";
  const summary = customerChanged
    ? `Work order ${after.number} customer changed`
    : changes.status
      ? `Work order ${after.number} status changed`
      : `Work order ${after.number} updated`;
  const customers = new Set([before.customerId, after.customerId].filter((id): id is string => id !== null));
  for (const customerId of customers) {
    await recordChange(tx, ctx, { customerId, entityType: "work_order", entityId: after.id, action, summary, changes });
  }
}
