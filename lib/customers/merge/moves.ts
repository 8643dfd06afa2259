import "server-only";
// Every row that points at a merged customer and what the merge does with it: contacts (one primary
// kept, a contact whose email the survivor already has is kept as deleted), aircraft/vehicle links
// (one link per asset: a second link to the same asset collapses into the survivor's), work orders,
// timeline entries, ownership history, import results, bulk-undo rows and saved views naming it.
// lib/customers/merge/references.ts lists how each foreign key to customer is handled.
import type { Tx } from "@/lib/db";

interface MovedRow {
  id: string;
  /** The merged customer it belonged to. */
  from: string;
}

export interface MergeMoves {
  contacts: { rows: MovedRow[]; primaryId: string | null; duplicateIds: string[] };
  assetLinks: { rows: MovedRow[]; collapsed: (MovedRow & { into: string; assetId: string })[] };
  workOrders: { rows: MovedRow[] };
  activities: { rows: MovedRow[] };
  ownershipTransfers: { rows: MovedRow[] };
  importRowResults: { rows: { importId: string; rowNumber: number; from: string }[] };
  bulkChangeRows: { rows: { bulkChangeId: string; from: string }[]; removed: { bulkChangeId: string; from: string }[] };
  savedViews: { ids: string[] };
}

/** Orders rows by their customer's position among the merged (the order given), then as read. */
function byMergedOrder<T extends { customerId: string }>(rows: T[], mergedIds: string[]): T[] {
  const rank = (row: T) => mergedIds.indexOf(row.customerId);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => row);
}

async function contactMoves(tx: Tx, orgId: string, survivorId: string, mergedIds: string[]) {
  const survivorContacts = await tx.contact.findMany({
    where: { organizationId: orgId, customerId: survivorId, deletedAt: null },
    select: { email: true, isPrimary: true },
  });
  const emails = new Set(survivorContacts.map((contact) => contact.email.toLowerCase()));
  let primaryTaken = survivorContacts.some((contact) => contact.isPrimary);
  const contacts = await tx.contact.findMany({
    where: { organizationId: orgId, customerId: { in: mergedIds } },
    select: { id: true, customerId: true, email: true, isPrimary: true, deletedAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const moves: MergeMoves["contacts"] = { rows: [], primaryId: null, duplicateIds: [] };
  for (const contact of byMergedOrder(contacts, mergedIds)) {
    moves.rows.push({ id: contact.id, from: contact.customerId });
    if (contact.deletedAt) continue;
    const email = contact.email.toLowerCase();
    if (emails.has(email)) {
      moves.duplicateIds.push(contact.id);
      continue;
    }
    emails.add(email);
    if (contact.isPrimary && !primaryTaken) {
      moves.primaryId = contact.id;
      primaryTaken = true;
    }
  }
  return moves;
}

async function linkMoves(tx: Tx, orgId: string, survivorId: string, mergedIds: string[]) {
  const links = await tx.assetCustomer.findMany({
    where: { organizationId: orgId, customerId: { in: [survivorId, ...mergedIds] } },
    select: { id: true, assetId: true, customerId: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const keeperOf = new Map<string, string>();
  for (const link of links) if (link.customerId === survivorId) keeperOf.set(link.assetId, link.id);
  const moves: MergeMoves["assetLinks"] = { rows: [], collapsed: [] };
  for (const link of byMergedOrder(
    links.filter((l) => l.customerId !== survivorId),
    mergedIds,
  )) {
    const keeper = keeperOf.get(link.assetId);
    if (keeper) moves.collapsed.push({ id: link.id, from: link.customerId, into: keeper, assetId: link.assetId });
    else {
      keeperOf.set(link.assetId, link.id);
      moves.rows.push({ id: link.id, from: link.customerId });
    }
  }
  return moves;
}

async function bulkRowMoves(tx: Tx, orgId: string, survivorId: string, mergedIds: string[]) {
  const rows = await tx.bulkChangeRow.findMany({
    where: { customerId: { in: [survivorId, ...mergedIds] }, bulkChange: { organizationId: orgId } },
    select: { bulkChangeId: true, customerId: true },
    orderBy: { bulkChangeId: "asc" },
  });
  const taken = new Set(rows.filter((row) => row.customerId === survivorId).map((row) => row.bulkChangeId));
  const moves: MergeMoves["bulkChangeRows"] = { rows: [], removed: [] };
  for (const row of byMergedOrder(
    rows.filter((r) => r.customerId !== survivorId),
    mergedIds,
  )) {
    const entry = { bulkChangeId: row.bulkChangeId, from: row.customerId };
    if (taken.has(row.bulkChangeId)) moves.removed.push(entry);
    else {
      taken.add(row.bulkChangeId);
      moves.rows.push(entry);
    }
  }
  return moves;
}

/** Saved views whose filters name a merged customer (by id, anywhere in their stored state). */
async function savedViewIds(tx: Tx, orgId: string, mergedIds: string[]): Promise<string[]> {
  const patterns = mergedIds.map((id) => `%${id}%`);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM saved_view
    WHERE organization_id = ${orgId} AND lower(state::text) LIKE ANY(${patterns}::text[])
    ORDER BY id`;
  return rows.map((row) => row.id);
}

const moved = (rows: { id: string; customerId: string | null }[], mergedIds: string[]): MovedRow[] =>
  byMergedOrder(
    rows.map((row) => ({ id: row.id, customerId: row.customerId ?? "" })),
    mergedIds,
  ).map((row) => ({ id: row.id, from: row.customerId }));

/**
 * What moves from `merged` to the survivor. With `lock`, the aircraft and vehicles linked to any of the
 * customers are locked first (by id; the customers are already locked, so no link can be added meanwhile).
 */
export async function findMoves(
  tx: Tx,
  orgId: string,
  survivorId: string,
  merged: { id: string }[],
  opts: { lock: boolean },
): Promise<MergeMoves> {
  const mergedIds = merged.map((customer) => customer.id);
  const all = [survivorId, ...mergedIds];
  if (opts.lock) {
    await tx.$queryRaw`
      SELECT a.id FROM asset a
      WHERE a.organization_id = ${orgId}
        AND a.id IN (SELECT l.asset_id FROM asset_customer l WHERE l.customer_id = ANY(${all}::uuid[]))
      ORDER BY a.id FOR UPDATE`;
  }
  const scope = { organizationId: orgId, customerId: { in: mergedIds } };
  const order = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  const select = { id: true, customerId: true };
  const [contacts, assetLinks, workOrders, activities, transfers, importRows, bulkChangeRows, views] =
    await Promise.all([
      contactMoves(tx, orgId, survivorId, mergedIds),
      linkMoves(tx, orgId, survivorId, mergedIds),
      tx.workOrder.findMany({ where: scope, select, orderBy: order }),
      tx.activity.findMany({ where: scope, select, orderBy: order }),
      tx.ownershipTransfer.findMany({ where: scope, select, orderBy: order }),
      tx.importRowResult.findMany({
        where: { customerId: { in: mergedIds }, import: { organizationId: orgId } },
        select: { importId: true, rowNumber: true, customerId: true },
        orderBy: [{ importId: "asc" }, { rowNumber: "asc" }],
      }),
      bulkRowMoves(tx, orgId, survivorId, mergedIds),
      savedViewIds(tx, orgId, mergedIds),
    ]);
  return {
    contacts,
    assetLinks,
    workOrders: { rows: moved(workOrders, mergedIds) },
    activities: { rows: moved(activities, mergedIds) },
    ownershipTransfers: { rows: moved(transfers, mergedIds) },
    importRowResults: {
      rows: byMergedOrder(importRows, mergedIds).map(({ importId, rowNumber, customerId }) => ({
        importId,
        rowNumber,
        from: customerId,
      })),
    },
    bulkChangeRows,
    savedViews: { ids: views },
  };
}
