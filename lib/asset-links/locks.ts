import "server-only";
// Row locks that serialize link changes: the asset first (per-asset order), then the customer
// (shared), so a customer cannot be archived while it is being made primary somewhere.
import type { Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { assertNotMerged } from "@/lib/customers/lookup";

export interface LockedAsset {
  id: string;
  kind: "aircraft" | "vehicle";
  archived: boolean;
}

/** Locks the asset row for the transaction; another organization's asset is NOT_FOUND. */
async function lockAsset(tx: Tx, orgId: string, assetId: string): Promise<LockedAsset> {
  const rows = isUuid(assetId)
    ? await tx.$queryRaw<{ id: string; kind: LockedAsset["kind"]; archived: boolean }[]>`
        SELECT id::text AS id, kind::text AS kind, archived_at IS NOT NULL AS archived
        FROM asset WHERE id = ${assetId}::uuid AND organization_id = ${orgId} FOR UPDATE`
    : [];
  const asset = rows[0];
  if (!asset) throw notFound("Aircraft or vehicle");
  return asset;
}

/** Locks the asset and refuses to change the links of an archived one. */
export async function lockActiveAsset(tx: Tx, orgId: string, assetId: string): Promise<LockedAsset> {
  const asset = await lockAsset(tx, orgId, assetId);
  if (asset.archived) {
    const what = asset.kind === "aircraft" ? "aircraft" : "vehicle";
    throw conflict(`This ${what} is archived. Restore it before changing its customers.`);
  }
  return asset;
}

/** Share-locks the customer (archiving waits for us, and we for it); NOT_FOUND outside the org. */
export async function lockCustomerShared(tx: Tx, orgId: string, customerId: string): Promise<{ archived: boolean }> {
  const rows = isUuid(customerId)
    ? await tx.$queryRaw<{ archived: boolean; mergedIntoId: string | null }[]>`
        SELECT archived_at IS NOT NULL AS archived, merged_into_id::text AS "mergedIntoId"
        FROM customer WHERE id = ${customerId}::uuid AND organization_id = ${orgId} FOR SHARE`
    : [];
  const customer = rows[0];
  if (!customer) throw notFound("Customer");
  await assertNotMerged(tx, orgId, { id: customerId, mergedIntoId: customer.mergedIntoId });
  return { archived: customer.archived };
}

/** Locks, in id order (no deadlocks between archivers), every asset the customer is currently linked to. */
export async function lockAssetsOfCustomer(tx: Tx, orgId: string, customerId: string): Promise<void> {
  await tx.$queryRaw`
    SELECT a.id FROM asset a
    WHERE a.organization_id = ${orgId}
      AND a.id IN (SELECT l.asset_id FROM asset_customer l
                   WHERE l.customer_id = ${customerId}::uuid AND l.organization_id = ${orgId} AND l.status = 'current')
    ORDER BY a.id FOR UPDATE`;
}
