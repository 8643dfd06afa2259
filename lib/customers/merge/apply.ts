import "server-only";
// Carries out a merge plan inside the merge's transaction (customers and assets locked): moves every row,
// leaves each merged customer as a tombstone, writes the survivor's chosen values, and stores what undo
// needs — every customer's row before, and each moved row's previous state and state after.
import { randomUUID } from "node:crypto";
import { Prisma, type Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { Customer } from "@/lib/generated/prisma/client";
import { diffFields } from "@/lib/activity/record";
import { settlePrimary } from "@/lib/asset-links/primary";
import { refreshCustomerSearchText } from "@/lib/contacts/search-text";
import { customerFieldNames, recordedCustomerFields } from "@/lib/customers/fields";
import { toCustomerColumns } from "@/lib/customers/rows";
import { survivorData, type MergePlan } from "@/lib/customers/merge/plan";
import { consentSourceFor, recordConsentChanges } from "@/lib/consent/record";
import { linkSnapshot, toJson, type MergeUndoRecord } from "@/lib/customers/merge/record";
import { sealChanges } from "@/lib/privacy/encrypted-fields";
import { recordEvent } from "@/lib/events/record";

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

async function moveContacts(tx: Tx, ctx: Ctx, plan: MergePlan): Promise<MergeUndoRecord["contacts"]> {
  const { rows, primaryId, duplicateIds } = plan.moves.contacts;
  if (rows.length === 0) return [];
  const before = await tx.contact.findMany({
    where: { id: { in: ids(rows) } },
    select: { id: true, isPrimary: true, deletedAt: true, deletedById: true },
  });
  const after = await tx.$queryRaw<{ id: string; version: number }[]>`
    UPDATE contact SET customer_id = ${plan.survivorId}::uuid,
      is_primary = (id = ${primaryId}::uuid) IS TRUE,
      deleted_at = CASE WHEN id = ANY(${duplicateIds}::uuid[]) THEN now() ELSE deleted_at END,
      deleted_by_id = CASE WHEN id = ANY(${duplicateIds}::uuid[]) THEN ${ctx.userId} ELSE deleted_by_id END,
      version = version + 1, updated_at = now(), updated_by_id = ${ctx.userId}
    WHERE organization_id = ${ctx.orgId} AND id = ANY(${ids(rows)}::uuid[])
    RETURNING id::text AS id, version`;
  const versionOf = new Map(after.map((row) => [row.id, row.version]));
  const beforeOf = new Map(before.map((row) => [row.id, row]));
  return rows.map(({ id, from }) => {
    const previous = beforeOf.get(id)!;
    return {
      id,
      from,
      isPrimary: previous.isPrimary,
      deletedAt: previous.deletedAt?.toISOString() ?? null,
      deletedById: previous.deletedById,
      versionAfter: versionOf.get(id)!,
    };
  });
}

const earliest = <T>(values: (T | null)[]) =>
  values.filter((value): value is T => value !== null).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[0] ?? null;

/** One link per asset: collapsed links fold into the kept one (earliest start and history, primary if either was). */
async function moveLinks(tx: Tx, ctx: Ctx, plan: MergePlan): Promise<MergeUndoRecord["links"]> {
  const { rows, collapsed } = plan.moves.assetLinks;
  const assetIds = [...new Set([...collapsed.map((link) => link.assetId)])];
  const movedLinks = await tx.assetCustomer.findMany({ where: { id: { in: ids(rows) } }, select: { assetId: true } });
  for (const link of movedLinks) if (!assetIds.includes(link.assetId)) assetIds.push(link.assetId);
  if (assetIds.length === 0) return { before: [], after: [] };
  const snapshot = () =>
    tx.assetCustomer.findMany({
      where: { organizationId: ctx.orgId, assetId: { in: assetIds } },
      orderBy: { id: "asc" },
    });
  const before = await snapshot();
  const byId = new Map(before.map((link) => [link.id, link]));
  const folded = new Map<string, string[]>();
  for (const link of collapsed) folded.set(link.into, [...(folded.get(link.into) ?? []), link.id]);
  await tx.assetCustomer.deleteMany({ where: { id: { in: ids(collapsed) } } });
  for (const [keeperId, foldedIds] of folded) {
    const group = [keeperId, ...foldedIds].map((id) => byId.get(id)!);
    const keeper = group[0]!;
    await tx.assetCustomer.update({
      where: { id: keeperId },
      data: {
        since: earliest(group.map((link) => link.since)),
        createdAt: earliest(group.map((link) => link.createdAt))!,
        status: group.some((link) => link.status === "current") ? "current" : keeper.status,
        isPrimary: group.some((link) => link.isPrimary),
        notes: keeper.notes ?? group.find((link) => link.notes)?.notes ?? null,
      },
    });
  }
  await tx.assetCustomer.updateMany({ where: { id: { in: ids(rows) } }, data: { customerId: plan.survivorId } });
  // A link that moved from an archived customer to a live survivor may now be the eligible primary.
  for (const assetId of assetIds) await settlePrimary(tx, ctx.orgId, assetId);
  return { before: before.map(linkSnapshot), after: (await snapshot()).map(linkSnapshot) };
}

async function moveWorkOrders(tx: Tx, ctx: Ctx, plan: MergePlan): Promise<MergeUndoRecord["workOrders"]> {
  const { rows } = plan.moves.workOrders;
  if (rows.length === 0) return [];
  const after = await tx.$queryRaw<{ id: string; version: number }[]>`
    UPDATE work_order SET customer_id = ${plan.survivorId}::uuid, version = version + 1, updated_at = now(),
      updated_by_id = ${ctx.userId}
    WHERE organization_id = ${ctx.orgId} AND id = ANY(${ids(rows)}::uuid[])
    RETURNING id::text AS id, version`;
  const versionOf = new Map(after.map((row) => [row.id, row.version]));
  return rows.map(({ id, from }) => ({ id, from, versionAfter: versionOf.get(id)! }));
}

/** Timeline entries, ownership history and import results only change hands: undo moves them back by id. */
async function moveHistory(tx: Tx, ctx: Ctx, plan: MergePlan): Promise<void> {
  const { activities, ownershipTransfers, importRowResults } = plan.moves;
  const to = plan.survivorId;
  if (activities.rows.length > 0)
    await tx.activity.updateMany({ where: { id: { in: ids(activities.rows) } }, data: { customerId: to } });
  if (ownershipTransfers.rows.length > 0)
    await tx.ownershipTransfer.updateMany({
      where: { id: { in: ids(ownershipTransfers.rows) } },
      data: { customerId: to },
    });
  if (importRowResults.rows.length > 0) {
    const importIds = importRowResults.rows.map((row) => row.importId);
    const rowNumbers = importRowResults.rows.map((row) => row.rowNumber);
    await tx.$executeRaw`
      UPDATE import_row_result r SET customer_id = ${to}::uuid
      FROM unnest(${importIds}::uuid[], ${rowNumbers}::int[]) AS k(import_id, row_number)
      WHERE r.import_id = k.import_id AND r.row_number = k.row_number`;
  }
}

async function moveBulkRows(tx: Tx, plan: MergePlan): Promise<MergeUndoRecord["bulkRemoved"]> {
  const { rows, removed } = plan.moves.bulkChangeRows;
  const key = (row: { bulkChangeId: string; from: string }) => ({
    bulkChangeId: row.bulkChangeId,
    customerId: row.from,
  });
  const gone = await tx.bulkChangeRow.findMany({ where: { OR: removed.map(key) } });
  if (removed.length > 0) await tx.bulkChangeRow.deleteMany({ where: { OR: removed.map(key) } });
  for (const row of rows)
    await tx.bulkChangeRow.update({
      where: { bulkChangeId_customerId: key(row) },
      data: { customerId: plan.survivorId },
    });
  return gone.map((row) => ({ ...row, before: row.before as Prisma.JsonValue }));
}

async function moveSavedViews(tx: Tx, plan: MergePlan): Promise<MergeUndoRecord["savedViews"]> {
  const viewIds = plan.moves.savedViews.ids;
  if (viewIds.length === 0) return [];
  const before = await tx.savedView.findMany({ where: { id: { in: viewIds } }, select: { id: true, state: true } });
  let state = Prisma.sql`state::text`;
  for (const mergedId of plan.mergedIds) state = Prisma.sql`replace(${state}, ${mergedId}, ${plan.survivorId})`;
  const after = await tx.$queryRaw<{ id: string; updatedAt: Date }[]>`
    UPDATE saved_view SET state = (${state})::jsonb, updated_at = now()
    WHERE id = ANY(${viewIds}::uuid[]) RETURNING id::text AS id, updated_at AS "updatedAt"`;
  const updatedAt = new Map(after.map((row) => [row.id, row.updatedAt.toISOString()]));
  return before.map((view) => ({ id: view.id, state: view.state, updatedAtAfter: updatedAt.get(view.id)! }));
}

/** Tombstones first (their account numbers and emails stop counting), then the survivor's chosen values. */
async function writeCustomers(tx: Tx, ctx: Ctx, plan: MergePlan, survivor: Customer): Promise<Customer> {
  await tx.$executeRaw`
    UPDATE customer SET merged_into_id = ${plan.survivorId}::uuid, merged_at = now(), merged_by_id = ${ctx.userId},
      account_number = NULL, email = NULL, search_text = '', version = version + 1, updated_at = now(),
      updated_by_id = ${ctx.userId}
    WHERE organization_id = ${ctx.orgId} AND id = ANY(${plan.mergedIds}::uuid[])`;
  const { data, ownerId } = survivorData(plan);
  await tx.customer.update({
    where: { id: survivor.id, organizationId: ctx.orgId },
    data: { ...toCustomerColumns(data), ownerId, updatedById: ctx.userId, version: { increment: 1 } },
  });
  await refreshCustomerSearchText(tx, ctx.orgId, survivor.id);
  const updated = await tx.customer.findUniqueOrThrow({ where: { id: survivor.id } });
  await recordConsentChanges(tx, ctx, { customerId: survivor.id }, survivor, updated, consentSourceFor(ctx));
  return updated;
}

/**
 * The survivor's owner taken from a merged customer goes into its ownership history as a transfer does
 * (from, to, by, why); the merge's timeline entry already shows the owner's change in its diff.
 */
async function recordOwnerChange(tx: Tx, ctx: Ctx, plan: MergePlan): Promise<string | null> {
  if (!plan.ownerChange) return null;
  const nameOf = (id: string) => plan.customers.find((customer) => customer.id === id)?.name ?? id;
  const mergedNames = plan.mergedIds.map(nameOf).join(", ");
  const reason = `Merged ${mergedNames} into this customer; owner taken from ${nameOf(plan.fields.owner.from)}`;
  const transfer = await tx.ownershipTransfer.create({
    data: {
      organizationId: ctx.orgId,
      customerId: plan.survivorId,
      fromUserId: plan.ownerChange.fromUserId,
      toUserId: plan.ownerChange.toUserId,
      byUserId: ctx.userId,
      reason: reason.slice(0, 500),
    },
    select: { id: true },
  });
  return transfer.id;
}

const describedFields: string[] = [...customerFieldNames, "ownerId"];

/** Runs the plan; returns the merge's id (also the id of the survivor's "merged" timeline entry). */
export async function applyMerge(tx: Tx, ctx: Ctx, plan: MergePlan, customers: Customer[]): Promise<string> {
  const [survivor, ...merged] = customers as [Customer, ...Customer[]];
  const undo: MergeUndoRecord = {
    moves: plan.moves,
    contacts: await moveContacts(tx, ctx, plan),
    links: await moveLinks(tx, ctx, plan),
    workOrders: await moveWorkOrders(tx, ctx, plan),
    bulkRemoved: await moveBulkRows(tx, plan),
    savedViews: await moveSavedViews(tx, plan),
    tombstoneVersions: Object.fromEntries(merged.map((customer) => [customer.id, customer.version + 1])),
  };
  await moveHistory(tx, ctx, plan);
  const updated = await writeCustomers(tx, ctx, plan, survivor);
  undo.ownerTransferId = await recordOwnerChange(tx, ctx, plan);
  const mergeId = randomUUID();
  const before = customers.map(toJson);
  await tx.customerMerge.create({
    data: {
      id: mergeId,
      organizationId: ctx.orgId,
      survivorId: survivor.id,
      mergedIds: plan.mergedIds,
      before: before as Prisma.InputJsonArray,
      moves: undo as unknown as Prisma.InputJsonObject,
      survivorVersionAfter: updated.version,
      createdById: ctx.userId,
    },
  });
  const withOwner = (customer: Customer): Record<string, unknown> => ({
    ...recordedCustomerFields(customer),
    ownerId: customer.ownerId,
  });
  const changes = diffFields(withOwner(survivor), withOwner(updated), describedFields);
  const names = merged.map((customer) => customer.name).join(", ");
  await tx.activity.create({
    data: {
      id: mergeId,
      organizationId: ctx.orgId,
      customerId: survivor.id,
      type: "change",
      entityType: "customer",
      entityId: survivor.id,
      action: "merged",
      summary: `Merged ${names} into this customer`.slice(0, 300),
      changes: Object.keys(changes).length > 0 ? (sealChanges(changes) as Prisma.InputJsonObject) : undefined,
      // Every customer's row before the merge, less the derived search text and the tenant id.
      body: JSON.stringify({ before: before.map(({ searchText: _s, organizationId: _o, ...row }) => row) }),
      actorId: ctx.userId,
      actorKind: ctx.actor,
    },
  });
  await recordEvent(tx, ctx, {
    type: "customer.merged",
    resourceType: "customer",
    resourceId: survivor.id,
    changed: Object.keys(changes),
    extra: { mergeId, mergedIds: plan.mergedIds },
  });
  return mergeId;
}
