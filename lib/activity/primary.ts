import "server-only";
// Records a move of an asset's primary customer on the timelines of the customer who lost it and
// the one who gained it, in the transaction that moved it.
import type { Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { assetLabel, assetLabelSelect } from "@/lib/assets/format";
import { recordChange } from "@/lib/activity/record";

async function primaryOf(tx: Tx, orgId: string, assetId: string) {
  const link = await tx.assetCustomer.findFirst({
    where: { organizationId: orgId, assetId, isPrimary: true },
    select: { id: true, customer: { select: { id: true, name: true } } },
  });
  return link && { linkId: link.id, customerId: link.customer.id, name: link.customer.name };
}

/** Runs `work` on the (locked) asset and records any change of its primary customer it made. */
export async function trackPrimary<T>(tx: Tx, ctx: Ctx, assetId: string, work: () => Promise<T>): Promise<T> {
  const before = await primaryOf(tx, ctx.orgId, assetId);
  const result = await work();
  const after = await primaryOf(tx, ctx.orgId, assetId);
  if (before?.customerId === after?.customerId) return result;
  const label = await assetLabelOf(tx, ctx.orgId, assetId);
  const changes = { primaryCustomer: { from: before?.name ?? null, to: after?.name ?? null } };
  const sides = [
    { side: before, summary: `No longer the primary customer of ${label}` },
    { side: after, summary: `Became the primary customer of ${label}` },
  ];
  for (const { side, summary } of sides) {
    if (!side) continue;
    const { customerId, linkId } = side;
    await recordChange(tx, ctx, {
      customerId,
      entityType: "asset_link",
      entityId: linkId,
      action: "primary_changed",
      summary,
      changes,
    });
  }
  return result;
}

/** The asset's label for a timeline summary. */
export async function assetLabelOf(tx: Tx, orgId: string, assetId: string): Promise<string> {
  const asset = await tx.asset.findFirstOrThrow({
    where: { id: assetId, organizationId: orgId },
    select: assetLabelSelect,
  });
  return assetLabel(asset);
}
