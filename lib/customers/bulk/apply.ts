import "server-only";
// Applies a bulk action to one batch inside the caller's transaction, set-based: lock the rows (one
// query), judge each in memory, write every change in one UPDATE, bump versions, and record the
// timeline entries (and ownership transfers, and what undo needs) in one multi-row insert each.
import { Prisma, type Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { FieldChanges } from "@/lib/activity/record";
import { demoteArchivedCustomer } from "@/lib/asset-links/customer-archive";
import type { BulkPlan } from "@/lib/customers/bulk/plan";
import { changeSummary, decideRow, skipReasons, type LockedRow } from "@/lib/customers/bulk/decide";
import { resolveVisibility } from "@/lib/privacy/visibility";
import { recordUndoRows } from "@/lib/customers/bulk/undo";
import { recordEvents } from "@/lib/events/record";

export interface BatchOutcome {
  updated: number;
  skipped: Record<string, number>;
}

/** Archiving locks the batch's assets first, in id order, like a single archive (no deadlocks with link edits). */
async function lockAssetsOfBatch(tx: Tx, orgId: string, ids: string[]) {
  await tx.$queryRaw`
    SELECT a.id FROM asset a
    WHERE a.organization_id = ${orgId}
      AND a.id IN (SELECT l.asset_id FROM asset_customer l
                   WHERE l.customer_id = ANY(${ids}::uuid[]) AND l.organization_id = ${orgId} AND l.status = 'current')
    ORDER BY a.id FOR UPDATE`;
}

function lockRows(tx: Tx, orgId: string, ids: string[]) {
  return tx.$queryRaw<LockedRow[]>`
    SELECT id::text AS id, tags, status::text AS status, tier_id::text AS "tierId", owner_id AS "ownerId",
           archived_at IS NOT NULL AS archived
    FROM customer WHERE organization_id = ${orgId} AND id = ANY(${ids}::uuid[]) AND merged_into_id IS NULL
    ORDER BY id FOR UPDATE`;
}

/** One UPDATE for every changed row of the batch. */
async function writeChanges(tx: Tx, ctx: Ctx, plan: BulkPlan, rows: LockedRow[]) {
  const ids = rows.map((row) => row.id);
  const touch = Prisma.sql`version = c.version + 1, updated_by_id = ${ctx.userId}, updated_at = now()`;
  const where = Prisma.sql`c.organization_id = ${ctx.orgId} AND c.id = ANY(${ids}::uuid[])`;
  const { action } = plan;
  switch (action.action) {
    case "addTags":
    case "removeTags": {
      const values = JSON.stringify(rows.map((row) => ({ id: row.id, tags: row.tags })));
      await tx.$executeRaw`
        UPDATE customer c SET tags = v.tags, ${touch}
        FROM jsonb_to_recordset(${values}::jsonb) AS v(id uuid, tags text[])
        WHERE c.id = v.id AND ${where}`;
      return;
    }
    case "setStatus":
      await tx.$executeRaw`UPDATE customer c SET status = ${action.params.status}::customer_status, ${touch} WHERE ${where}`;
      return;
    case "setTier":
      await tx.$executeRaw`UPDATE customer c SET tier_id = ${action.params.tierId}::uuid, ${touch} WHERE ${where}`;
      return;
    case "transferOwner":
      await tx.$executeRaw`UPDATE customer c SET owner_id = ${action.params.toUserId}, ${touch} WHERE ${where}`;
      return;
    case "archive":
      await tx.$executeRaw`UPDATE customer c SET archived_at = now(), archived_by_id = ${ctx.userId}, ${touch} WHERE ${where}`;
  }
}

/** Side records: ownership transfers; for archives, hand over primary links (only customers that were primary). */
async function writeSideEffects(tx: Tx, ctx: Ctx, plan: BulkPlan, changed: { row: LockedRow; from: LockedRow }[]) {
  const { action } = plan;
  if (action.action === "transferOwner") {
    await tx.ownershipTransfer.createMany({
      data: changed.map(({ row, from }) => ({
        organizationId: ctx.orgId,
        customerId: row.id,
        fromUserId: from.ownerId,
        toUserId: action.params.toUserId,
        byUserId: ctx.userId,
        reason: action.params.reason,
      })),
    });
  }
  if (action.action === "archive") {
    const primaries = await tx.assetCustomer.findMany({
      where: {
        organizationId: ctx.orgId,
        customerId: { in: changed.map((c) => c.row.id) },
        status: "current",
        isPrimary: true,
      },
      select: { customerId: true },
      distinct: ["customerId"],
    });
    for (const { customerId } of primaries) await demoteArchivedCustomer(tx, ctx, customerId);
  }
}

export async function applyBulkBatch(tx: Tx, ctx: Ctx, plan: BulkPlan, ids: string[]): Promise<BatchOutcome> {
  if (plan.action.action === "archive") await lockAssetsOfBatch(tx, ctx.orgId, ids);
  const locked = await lockRows(tx, ctx.orgId, ids);
  const skipped: Record<string, number> = {};
  const skip = (reason: string, n = 1) => (skipped[reason] = (skipped[reason] ?? 0) + n);
  if (locked.length < ids.length) skip(skipReasons.notFound, ids.length - locked.length);
  const changed: { row: LockedRow; from: LockedRow; changes: FieldChanges }[] = [];
  const visibility = await resolveVisibility(
    ctx,
    locked.map((row) => row.id),
    tx,
  );
  for (const row of locked) {
    const decision = visibility.isMasked(row.id) ? { skip: skipReasons.limited } : decideRow(row, plan, ctx);
    if ("skip" in decision) skip(decision.skip);
    else changed.push({ row: decision.row, from: row, changes: decision.changes });
  }
  if (changed.length === 0) return { updated: 0, skipped };
  await writeChanges(
    tx,
    ctx,
    plan,
    changed.map((c) => c.row),
  );
  await writeSideEffects(tx, ctx, plan, changed);
  await recordUndoRows(
    tx,
    ctx,
    plan,
    changed.map(({ row, from }) => ({
      id: row.id,
      before: plan.action.action === "setStatus" ? from.status : from.tags,
    })),
  );
  const { action, summary } = changeSummary(plan);
  await tx.activity.createMany({
    data: changed.map(({ row, changes }) => ({
      organizationId: ctx.orgId,
      customerId: row.id,
      type: "change" as const,
      entityType: "customer" as const,
      entityId: row.id,
      action,
      summary: summary.slice(0, 300),
      changes: Object.keys(changes).length > 0 ? (changes as Prisma.InputJsonObject) : undefined,
      actorId: ctx.userId,
      actorKind: ctx.actor,
    })),
  });
  await recordEvents(
    tx,
    ctx,
    changed.map((change) => bulkEvent(plan, change)),
  );
  return { updated: changed.length, skipped };
}

/** The event of one changed row: archived, ownership transferred, or updated (tags, status, tier). */
function bulkEvent(plan: BulkPlan, { row, from, changes }: { row: LockedRow; from: LockedRow; changes: FieldChanges }) {
  const base = { resourceType: "customer", resourceId: row.id, changed: Object.keys(changes) } as const;
  if (plan.action.action === "archive") return { ...base, type: "customer.archived", changed: ["archivedAt"] } as const;
  if (plan.action.action === "transferOwner")
    return {
      ...base,
      type: "customer.ownership.transferred",
      extra: { fromUserId: from.ownerId, toUserId: row.ownerId },
    } as const;
  return { ...base, type: "customer.updated" } as const;
}
