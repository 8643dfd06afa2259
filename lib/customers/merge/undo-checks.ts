import "server-only";
// What stops a merge's undo: anything that changed after the merge (the survivor, a merged customer, a
// moved contact, work order, aircraft or vehicle link, saved view), or a merged customer's account number
// or email taken by another customer since. Each blocker is one phrase of the refusal.
import type { Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { CustomerMerge } from "@/lib/generated/prisma/client";
import { linkSnapshot, type LinkSnapshot, type MergeUndoRecord } from "@/lib/customers/merge/record";

type StoredCustomer = Record<string, unknown> & { id: string; name: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function customerBlockers(tx: Tx, ctx: Ctx, merge: CustomerMerge, record: MergeUndoRecord): Promise<string[]> {
  const ids = [merge.survivorId, ...merge.mergedIds];
  const rows = await tx.customer.findMany({
    where: { organizationId: ctx.orgId, id: { in: ids } },
    select: { id: true, name: true, version: true, mergedIntoId: true, erasedAt: true },
  });
  const blockers: string[] = [];
  for (const row of rows) {
    if (row.erasedAt) blockers.push(`${row.name} had its personal data erased (an erasure cannot be undone)`);
    else if (row.id === merge.survivorId) {
      if (row.mergedIntoId) blockers.push(`${row.name} was merged into another customer since (undo that merge first)`);
      else if (row.version !== merge.survivorVersionAfter) blockers.push(`${row.name} was edited after the merge`);
    } else if (row.mergedIntoId !== merge.survivorId || row.version !== record.tombstoneVersions[row.id]) {
      blockers.push(`${row.name} changed after the merge`);
    }
  }
  return blockers;
}

async function rowBlockers(tx: Tx, merge: CustomerMerge, record: MergeUndoRecord): Promise<string[]> {
  const blockers: string[] = [];
  const contacts = await tx.contact.findMany({
    where: { id: { in: record.contacts.map((c) => c.id) } },
    select: { id: true, customerId: true, version: true },
  });
  const contactNow = new Map(contacts.map((c) => [c.id, c]));
  const changedContacts = record.contacts.filter((c) => {
    const now = contactNow.get(c.id);
    return !now || now.customerId !== merge.survivorId || now.version !== c.versionAfter;
  }).length;
  if (changedContacts > 0)
    blockers.push(`${plural(changedContacts, "moved contact was", "moved contacts were")} changed since`);

  const orders = await tx.workOrder.findMany({
    where: { id: { in: record.workOrders.map((w) => w.id) } },
    select: { id: true, customerId: true, version: true },
  });
  const orderNow = new Map(orders.map((w) => [w.id, w]));
  const changedOrders = record.workOrders.filter((w) => {
    const now = orderNow.get(w.id);
    return !now || now.customerId !== merge.survivorId || now.version !== w.versionAfter;
  }).length;
  if (changedOrders > 0)
    blockers.push(`${plural(changedOrders, "moved work order was", "moved work orders were")} changed since`);

  if (record.links.after.length > 0) {
    const assetIds = [...new Set(record.links.after.map((link) => link.assetId))];
    const links = await tx.assetCustomer.findMany({ where: { assetId: { in: assetIds } }, orderBy: { id: "asc" } });
    // Stored as jsonb, whose key order is not the written one: compare with sorted keys.
    const canonical = (link: LinkSnapshot) => Object.entries(link).sort(([a], [b]) => (a < b ? -1 : 1));
    const key = (list: LinkSnapshot[]) =>
      JSON.stringify([...list].sort((a, b) => (a.id < b.id ? -1 : 1)).map(canonical));
    if (key(links.map(linkSnapshot)) !== key(record.links.after))
      blockers.push("the customers of an aircraft or vehicle it moved were changed since");
  }

  const views = await tx.savedView.findMany({
    where: { id: { in: record.savedViews.map((v) => v.id) } },
    select: { id: true, name: true, updatedAt: true },
  });
  for (const view of views) {
    const after = record.savedViews.find((v) => v.id === view.id)?.updatedAtAfter;
    if (after !== view.updatedAt.toISOString()) blockers.push(`the saved view "${view.name}" was changed since`);
  }
  return blockers;
}

/** Account numbers and emails the customers had before, now held by a customer outside the merge. */
async function keyBlockers(tx: Tx, ctx: Ctx, merge: CustomerMerge, before: StoredCustomer[]): Promise<string[]> {
  const blockers: string[] = [];
  for (const stored of before) {
    for (const [column, label] of [
      ["accountNumber", "account number"],
      ["email", "email"],
    ] as const) {
      const value = stored[column];
      if (typeof value !== "string") continue;
      const holder = await tx.customer.findFirst({
        where: {
          organizationId: ctx.orgId,
          [column]: value,
          id: { notIn: [merge.survivorId, ...merge.mergedIds] },
        },
        select: { name: true },
      });
      if (holder) blockers.push(`${stored.name}'s ${label} ${value} is used by ${holder.name} now`);
    }
  }
  return blockers;
}

export async function findUndoBlockers(
  tx: Tx,
  ctx: Ctx,
  merge: CustomerMerge,
  record: MergeUndoRecord,
  before: StoredCustomer[],
): Promise<string[]> {
  return [
    ...(await customerBlockers(tx, ctx, merge, record)),
    ...(await rowBlockers(tx, merge, record)),
    ...(await keyBlockers(tx, ctx, merge, before)),
  ];
}
