import "server-only";
// Keeps "exactly one primary among an asset's current links to non-archived customers" true.
// Callers hold the asset's row lock (lib/asset-links/locks.ts), so these reads cannot go stale.
import type { Tx } from "@/lib/db";

interface CurrentLink {
  id: string;
  is_primary: boolean;
  archived: boolean;
}

/** The asset's current links, oldest first, with their customers share-locked against archiving. */
function currentLinks(tx: Tx, orgId: string, assetId: string) {
  return tx.$queryRaw<CurrentLink[]>`
    SELECT l.id::text AS id, l.is_primary, c.archived_at IS NOT NULL AS archived
    FROM asset_customer l JOIN customer c ON c.id = l.customer_id
    WHERE l.asset_id = ${assetId}::uuid AND l.organization_id = ${orgId} AND l.status = 'current'
    ORDER BY l.created_at, l.id
    FOR SHARE OF c`;
}

/**
 * Keeps an eligible primary; otherwise drops an ineligible one and promotes `preferredLinkId` when
 * eligible, else the earliest eligible link, else leaves the asset without a primary.
 */
export async function settlePrimary(tx: Tx, orgId: string, assetId: string, preferredLinkId?: string): Promise<void> {
  const links = await currentLinks(tx, orgId, assetId);
  const primary = links.find((link) => link.is_primary);
  if (primary && !primary.archived) return;
  if (primary) await tx.assetCustomer.update({ where: { id: primary.id }, data: { isPrimary: false } });
  const eligible = links.filter((link) => !link.archived);
  const next = eligible.find((link) => link.id === preferredLinkId) ?? eligible[0];
  if (next) await tx.assetCustomer.update({ where: { id: next.id }, data: { isPrimary: true } });
}

/** Makes `linkId` the asset's primary, clearing the previous one first (the unique index allows one). */
export async function makePrimary(tx: Tx, orgId: string, assetId: string, linkId: string): Promise<void> {
  await tx.assetCustomer.updateMany({
    where: { organizationId: orgId, assetId, isPrimary: true, id: { not: linkId } },
    data: { isPrimary: false },
  });
  await tx.assetCustomer.update({ where: { id: linkId }, data: { isPrimary: true } });
}
