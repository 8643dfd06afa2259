import "server-only";
// Work order writes: create (numbered under the center's row lock, customer resolved by the server),
// version-checked updates that stop at a terminal status, and deletion by admins.
import { db, Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { conflict, notFound } from "@/lib/errors";
import type { WorkOrder } from "@/lib/generated/prisma/client";
import { parseWith } from "@/lib/validation";
import {
  noCustomer,
  resolveCustomerForCreate,
  resolveLinkedCustomer,
  type ResolvedCustomer,
} from "@/lib/work-orders/customer-resolution";
import { takeNextNumber } from "@/lib/work-orders/numbering";
import { recordWorkOrderCreated, recordWorkOrderDeleted, recordWorkOrderUpdate } from "@/lib/activity/work-orders";
import {
  assertLeadTechnician,
  findAssetInOrg,
  findOpenableAsset,
  findWorkOrderInOrg,
} from "@/lib/work-orders/references";
import { workOrderSearchText } from "@/lib/work-orders/search-text";
import {
  formatWorkOrderStatus,
  isTerminalStatus,
  terminalStatuses,
  type WorkOrderStatus,
} from "@/lib/work-orders/options";
import { workOrderInputSchema, workOrderPatchSchema } from "@/lib/work-orders/schemas";
import { diffFields } from "@/lib/activity/record";
import { recordEvent } from "@/lib/events/record";

const CHANGED_ELSEWHERE =
  "This work order was changed by someone else since you opened it. Reload to see their changes.";
/** Creates queue on the center's row lock; leave room for a burst of them. */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

const terminalConflict = (status: WorkOrderStatus) =>
  conflict(`This work order is ${formatWorkOrderStatus(status).toLowerCase()}; it can no longer be changed.`);

/** `YYYY-MM-DD` → the date column's value (UTC midnight); undefined leaves the column as is. */
function toDate(text: string | null | undefined): Date | null | undefined {
  if (text === undefined) return undefined;
  return text ? new Date(`${text}T00:00:00Z`) : null;
}

/** The customer columns; a missing snapshot is SQL NULL. */
function customerColumns(customer: ResolvedCustomer) {
  return {
    customerId: customer.customerId,
    customerName: customer.customerName,
    customerSnapshot: customer.customerSnapshot ?? Prisma.DbNull,
  };
}

export async function createWorkOrder(ctx: Ctx, input: unknown): Promise<WorkOrder> {
  assertCan(ctx, "workOrder:create");
  const data = parseWith(workOrderInputSchema, input);
  return db.$transaction(async (tx) => {
    const asset = await findOpenableAsset(tx, ctx.orgId, data.assetId);
    const customer = await resolveCustomerForCreate(tx, ctx.orgId, asset, data);
    if (data.leadTechnicianId) await assertLeadTechnician(tx, ctx.orgId, data.leadTechnicianId);
    // Taken last: the center's row stays locked until commit, so hold it as briefly as possible.
    const createdAt = new Date();
    const { sequence, number } = await takeNextNumber(tx, ctx.orgId, data.serviceCenterId, createdAt);
    const workOrder = await tx.workOrder.create({
      data: {
        organizationId: ctx.orgId,
        serviceCenterId: data.serviceCenterId,
        number,
        sequence,
        type: data.type,
        priority: data.priority,
        dueDate: toDate(data.dueDate) ?? null,
        leadTechnicianId: data.leadTechnicianId ?? null,
        description: data.description ?? null,
        assetId: asset.id,
        ...customerColumns(customer),
        searchText: workOrderSearchText({ number, asset, customerName: customer.customerName }),
        createdAt,
        createdById: ctx.userId,
        updatedById: ctx.userId,
      },
    });
    await recordWorkOrderCreated(tx, ctx, workOrder);
    await recordEvent(tx, ctx, { type: "work_order.created", resourceType: "work_order", resourceId: workOrder.id });
    return workOrder;
  }, TRANSACTION_OPTIONS);
}

/** The fields a work order event names as changed. */
const eventFields = [
  "status",
  "type",
  "priority",
  "dueDate",
  "description",
  "leadTechnicianId",
  "customerId",
  "customerName",
  "completedAt",
] as const;

/**
 * Applies a partial update. With `expectedVersion` (or `input.version`) a work order changed since
 * that version is a CONFLICT; a completed or void work order is never changed. A new customer must
 * have a current link to the asset and is snapshotted again; null removes the customer.
 */
export async function updateWorkOrder(
  ctx: Ctx,
  id: string,
  input: unknown,
  opts: { expectedVersion?: number } = {},
): Promise<WorkOrder> {
  assertCan(ctx, "workOrder:update");
  const { version, customerId, status, dueDate, ...fields } = parseWith(workOrderPatchSchema, input);
  const expectedVersion = opts.expectedVersion ?? version;
  return db.$transaction(async (tx) => {
    const existing = await findWorkOrderInOrg(tx, ctx.orgId, id);
    if (isTerminalStatus(existing.status)) throw terminalConflict(existing.status);
    if (expectedVersion !== undefined && existing.version !== expectedVersion) throw conflict(CHANGED_ELSEWHERE);
    // A lead who has since become a viewer stays until someone picks another one.
    if (fields.leadTechnicianId && fields.leadTechnicianId !== existing.leadTechnicianId) {
      await assertLeadTechnician(tx, ctx.orgId, fields.leadTechnicianId);
    }
    let customerData = {};
    if (customerId !== undefined && customerId !== existing.customerId) {
      const asset = await findAssetInOrg(tx, ctx.orgId, existing.assetId);
      const customer = customerId === null ? noCustomer : await resolveLinkedCustomer(tx, ctx.orgId, asset, customerId);
      const searchText = workOrderSearchText({ number: existing.number, asset, customerName: customer.customerName });
      customerData = { ...customerColumns(customer), searchText };
    }
    const { count } = await tx.workOrder.updateMany({
      where: {
        id: existing.id,
        organizationId: ctx.orgId,
        version: existing.version,
        status: { notIn: [...terminalStatuses] },
      },
      data: {
        ...fields,
        ...customerData,
        status,
        dueDate: toDate(dueDate),
        ...(status === "completed" && { completedAt: new Date() }),
        updatedById: ctx.userId,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(CHANGED_ELSEWHERE);
    const updated = await tx.workOrder.findFirstOrThrow({ where: { id: existing.id, organizationId: ctx.orgId } });
    await recordWorkOrderUpdate(tx, ctx, existing, updated);
    const changed = Object.keys(diffFields(existing, updated, eventFields));
    const type = changed.includes("status") ? "work_order.status_changed" : "work_order.updated";
    await recordEvent(tx, ctx, { type, resourceType: "work_order", resourceId: existing.id, changed });
    return updated;
  }, TRANSACTION_OPTIONS);
}

/** Permanently deletes a work order (admins); its number is not reused; its customer's timeline keeps a record. */
export async function deleteWorkOrder(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx, "workOrder:delete");
  await db.$transaction(async (tx) => {
    const existing = await findWorkOrderInOrg(tx, ctx.orgId, id);
    // Recorded before the delete: its data is the work order as it was.
    await recordEvent(tx, ctx, { type: "work_order.deleted", resourceType: "work_order", resourceId: existing.id });
    const { count } = await tx.workOrder.deleteMany({ where: { id: existing.id, organizationId: ctx.orgId } });
    if (count === 0) throw notFound("Work order");
    await recordWorkOrderDeleted(tx, ctx, existing);
  }, TRANSACTION_OPTIONS);
}
