import "server-only";
// What archiving or restoring a customer does to its links, inside the customer's archive transaction:
// an archived customer is never primary, and a restored one becomes primary where nobody is.
import type { Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { trackPrimary } from "@/lib/activity/primary";
import { lockAssetsOfCustomer } from "@/lib/asset-links/locks";
import { settlePrimary } from "@/lib/asset-links/primary";

export { lockAssetsOfCustomer };

/** Asset id and link id of each current link of the customer (primary ones only, if asked). */
function currentLinksOf(tx: Tx, orgId: string, customerId: string, primaryOnly: boolean) {
  return tx.assetCustomer.findMany({
    where: { organizationId: orgId, customerId, status: "current", ...(primaryOnly && { isPrimary: true }) },
    select: { id: true, assetId: true },
    orderBy: { assetId: "asc" },
  });
}

/**
 * Call after marking the customer archived, holding the locks of `lockAssetsOfCustomer` (taken
 * before the customer row): each asset it was primary on gets its next eligible link as primary.
 * Each move is recorded on both customers' timelines.
 */
export async function demoteArchivedCustomer(tx: Tx, ctx: Ctx, customerId: string): Promise<void> {
  // Links made primary after the locks were taken are seen here too: they committed before our update.
  await lockAssetsOfCustomer(tx, ctx.orgId, customerId);
  for (const link of await currentLinksOf(tx, ctx.orgId, customerId, true)) {
    await trackPrimary(tx, ctx, link.assetId, () => settlePrimary(tx, ctx.orgId, link.assetId));
  }
}

/** Call after restoring the customer: its current links become primary on assets without one. */
export async function promoteRestoredCustomer(tx: Tx, ctx: Ctx, customerId: string): Promise<void> {
  await lockAssetsOfCustomer(tx, ctx.orgId, customerId);
  for (const link of await currentLinksOf(tx, ctx.orgId, customerId, false)) {
    await trackPrimary(tx, ctx, link.assetId, () => settlePrimary(tx, ctx.orgId, link.assetId, link.id));
  }
}
