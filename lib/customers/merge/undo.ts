import "server-only";
// Undo of a merge: every customer gets its row back from the stored before-state and every moved row
// goes back where it was — but only while nothing newer touched them (versions and states as the merge
// left them); otherwise a CONFLICT says what changed. Locks in the merge's order: customers, then assets.
import { db, Prisma, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { conflict, notFound } from "@/lib/errors";
import { isTransientDbError, isUniqueViolation } from "@/lib/db/errors";
import { isUuid } from "@/lib/validation";
import { recordChange } from "@/lib/activity/record";
import { refreshCustomerSearchText } from "@/lib/contacts/search-text";
import { customerFieldNames } from "@/lib/customers/fields";
import type { MergeUndoRecord } from "@/lib/customers/merge/record";
import { findUndoBlockers } from "@/lib/customers/merge/undo-checks";
import { recordEvent } from "@/lib/events/record";

const TX_OPTIONS = { timeout: 60_000, maxWait: 15_000 };
const ATTEMPTS = 3;

type StoredCustomer = Record<string, unknown> & { id: string; name: string };

const dateColumns = new Set(["customerSince", "archivedAt", "lastActivityAt", "createdAt", "updatedAt", "mergedAt"]);
/** What undo writes back to each customer: its own fields and state (ids, audit trail and version move on). */
const restoredColumns = [
  ...customerFieldNames,
  "ownerId",
  "archivedAt",
  "archivedById",
  "lastActivityAt",
  "searchText",
  "mergedIntoId",
  "mergedAt",
  "mergedById",
] as const;

function restoredData(stored: StoredCustomer): Prisma.CustomerUncheckedUpdateInput {
  const data: Record<string, unknown> = {};
  for (const column of restoredColumns) {
    const value = stored[column] ?? null;
    data[column] = dateColumns.has(column) && typeof value === "string" ? new Date(value) : value;
  }
  return data as Prisma.CustomerUncheckedUpdateInput;
}

async function restoreLinks(tx: Tx, record: MergeUndoRecord): Promise<void> {
  const { before, after } = record.links;
  if (before.length === 0) return;
  const touched = [...new Set([...before, ...after].map((link) => link.id))];
  await tx.assetCustomer.updateMany({ where: { id: { in: touched } }, data: { isPrimary: false } });
  const existing = new Set(after.map((link) => link.id));
  for (const { isPrimary: _primary, since, createdAt, ...link } of before) {
    const data = {
      ...link,
      relationship: link.relationship as never,
      status: link.status as never,
      since: since ? new Date(since) : null,
      createdAt: new Date(createdAt),
    };
    if (existing.has(link.id)) await tx.assetCustomer.update({ where: { id: link.id }, data });
    else await tx.assetCustomer.create({ data: { ...data, organizationId: await orgOfAsset(tx, link.assetId) } });
  }
  const primaries = before.filter((link) => link.isPrimary).map((link) => link.id);
  if (primaries.length > 0)
    await tx.assetCustomer.updateMany({ where: { id: { in: primaries } }, data: { isPrimary: true } });
}

async function orgOfAsset(tx: Tx, assetId: string): Promise<string> {
  return (await tx.asset.findUniqueOrThrow({ where: { id: assetId }, select: { organizationId: true } }))
    .organizationId;
}

/** Puts every moved row back with the customer it came from. */
async function moveBack(tx: Tx, ctx: Ctx, survivorId: string, record: MergeUndoRecord): Promise<void> {
  for (const contact of record.contacts) {
    await tx.contact.update({
      where: { id: contact.id },
      data: {
        customerId: contact.from,
        isPrimary: contact.isPrimary,
        deletedAt: contact.deletedAt ? new Date(contact.deletedAt) : null,
        deletedById: contact.deletedById,
        updatedById: ctx.userId,
        version: { increment: 1 },
      },
    });
  }
  await restoreLinks(tx, record);
  for (const order of record.workOrders) {
    await tx.workOrder.update({
      where: { id: order.id },
      data: { customerId: order.from, updatedById: ctx.userId, version: { increment: 1 } },
    });
  }
  const { activities, ownershipTransfers, importRowResults, bulkChangeRows } = record.moves;
  for (const row of activities.rows)
    await tx.activity.update({ where: { id: row.id }, data: { customerId: row.from } });
  for (const row of ownershipTransfers.rows)
    await tx.ownershipTransfer.update({ where: { id: row.id }, data: { customerId: row.from } });
  // The survivor gets its owner back (restoredData), so the history entry the merge added goes.
  if (record.ownerTransferId)
    await tx.ownershipTransfer.deleteMany({ where: { id: record.ownerTransferId, organizationId: ctx.orgId } });
  for (const row of importRowResults.rows) {
    await tx.importRowResult.update({
      where: { importId_rowNumber: { importId: row.importId, rowNumber: row.rowNumber } },
      data: { customerId: row.from },
    });
  }
  for (const row of bulkChangeRows.rows) {
    await tx.bulkChangeRow.updateMany({
      where: { bulkChangeId: row.bulkChangeId, customerId: survivorId },
      data: { customerId: row.from },
    });
  }
  if (record.bulkRemoved.length > 0) {
    await tx.bulkChangeRow.createMany({
      data: record.bulkRemoved.map((row) => ({ ...row, before: row.before as Prisma.InputJsonValue })),
    });
  }
  for (const view of record.savedViews) {
    await tx.savedView.update({ where: { id: view.id }, data: { state: view.state as Prisma.InputJsonValue } });
  }
}

export interface UndoMergeResult {
  survivorId: string;
  restoredIds: string[];
}

/** Undoes merge `mergeId` of the survivor `survivorId`, or explains (CONFLICT) what changed since. */
export async function undoMerge(ctx: Ctx, survivorId: string, mergeId: string): Promise<UndoMergeResult> {
  assertCan(ctx, "customer:merge");
  if (!isUuid(survivorId) || !isUuid(mergeId)) throw notFound("Merge");
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(
        (tx) => runUndo(tx, ctx, survivorId.toLowerCase(), mergeId.toLowerCase()),
        TX_OPTIONS,
      );
    } catch (error) {
      if (isTransientDbError(error) && attempt < ATTEMPTS) continue;
      if (isUniqueViolation(error))
        throw conflict("An account number or email of a merged customer is used by another customer now.");
      throw error;
    }
  }
}

async function runUndo(tx: Tx, ctx: Ctx, survivorId: string, mergeId: string): Promise<UndoMergeResult> {
  const merge = await tx.customerMerge.findFirst({ where: { id: mergeId, organizationId: ctx.orgId, survivorId } });
  if (!merge) throw notFound("Merge");
  const ids = [survivorId, ...merge.mergedIds];
  await tx.$queryRaw`SELECT id FROM customer WHERE organization_id = ${ctx.orgId} AND id = ANY(${ids}::uuid[])
    ORDER BY id FOR UPDATE`;
  const record = merge.moves as unknown as MergeUndoRecord;
  const assetIds = [...new Set(record.links.before.map((link) => link.assetId))];
  if (assetIds.length > 0) {
    await tx.$queryRaw`SELECT id FROM asset WHERE organization_id = ${ctx.orgId} AND id = ANY(${assetIds}::uuid[])
      ORDER BY id FOR UPDATE`;
  }
  const fresh = await tx.customerMerge.findUniqueOrThrow({ where: { id: merge.id }, select: { undoneAt: true } });
  if (fresh.undoneAt) throw conflict("This merge was already undone.");
  const before = merge.before as StoredCustomer[];
  const blockers = await findUndoBlockers(tx, ctx, merge, record, before);
  if (blockers.length > 0) throw conflict(`This merge cannot be undone: ${blockers.join("; ")}.`);

  // The survivor gives its values back first, so the merged customers' account numbers and emails are free again.
  const [survivorBefore, ...mergedBefore] = before as [StoredCustomer, ...StoredCustomer[]];
  const write = (stored: StoredCustomer) =>
    tx.customer.update({
      where: { id: stored.id, organizationId: ctx.orgId },
      data: { ...restoredData(stored), updatedById: ctx.userId, version: { increment: 1 } },
    });
  await write(survivorBefore);
  for (const stored of mergedBefore) await write(stored);
  await moveBack(tx, ctx, survivorId, record);
  for (const id of ids) await refreshCustomerSearchText(tx, ctx.orgId, id);
  await tx.customerMerge.update({ where: { id: merge.id }, data: { undoneAt: new Date(), undoneById: ctx.userId } });
  const names = mergedBefore.map((stored) => stored.name).join(", ");
  await recordChange(tx, ctx, {
    customerId: survivorId,
    entityType: "customer",
    entityId: survivorId,
    action: "merge_undone",
    summary: `Merge undone: ${names} restored as separate customers`,
  });
  for (const stored of mergedBefore) {
    await recordChange(tx, ctx, {
      customerId: stored.id,
      entityType: "customer",
      entityId: stored.id,
      action: "merge_undone",
      summary: `Restored: its merge into ${survivorBefore.name} was undone`,
    });
  }
  const extra = { mergeId: merge.id, restoredIds: merge.mergedIds };
  await recordEvent(tx, ctx, { type: "customer.unmerged", resourceType: "customer", resourceId: survivorId, extra });
  return { survivorId, restoredIds: merge.mergedIds };
}
