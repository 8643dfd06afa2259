import "server-only";
// Link reads for the acting organization: an asset's customers, a customer's assets, the primary.
import { db, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import {
  assetLinkSelect,
  customerLinkSelect,
  linkOrder,
  type AssetLink,
  type CustomerLink,
} from "@/lib/asset-links/select";
import { isUuid } from "@/lib/validation";
import { findAssetInOrg } from "@/lib/assets/lookup";
import { findCustomerInOrg } from "@/lib/customers/lookup";

/** The asset's customers: primary first, then current links, then oldest first. */
export async function listLinksForAsset(ctx: Ctx, assetId: string): Promise<AssetLink[]> {
  assertCan(ctx, "asset:read");
  const [links] = await Promise.all([
    isUuid(assetId)
      ? db.assetCustomer.findMany({
          where: { organizationId: ctx.orgId, assetId },
          select: assetLinkSelect,
          orderBy: linkOrder,
        })
      : [],
    findAssetInOrg(db, ctx.orgId, assetId),
  ]);
  return links;
}

/** The customer's aircraft and vehicles: primary first, then current links, then oldest first. */
export async function listLinksForCustomer(ctx: Ctx, customerId: string): Promise<CustomerLink[]> {
  assertCan(ctx, "asset:read");
  const [links] = await Promise.all([
    isUuid(customerId)
      ? db.assetCustomer.findMany({
          where: { organizationId: ctx.orgId, customerId },
          select: customerLinkSelect,
          orderBy: linkOrder,
        })
      : [],
    findCustomerInOrg(db, ctx.orgId, customerId),
  ]);
  return links;
}

/** The aircraft's or vehicle's primary link with its customer, or null when it has none (its Details tab). */
export async function getPrimaryLink(ctx: Ctx, assetId: string): Promise<AssetLink | null> {
  assertCan(ctx, "asset:read");
  return findPrimaryLink(db, ctx.orgId, assetId);
}

/** The asset's primary link with its customer, or null (no current link to a non-archived customer). */
export async function findPrimaryLink(tx: Tx, orgId: string, assetId: string): Promise<AssetLink | null> {
  if (!isUuid(assetId)) return null;
  return tx.assetCustomer.findFirst({
    where: { organizationId: orgId, assetId, isPrimary: true },
    select: assetLinkSelect,
  });
}

/** One link of the acting organization; another organization's (or a malformed) id is NOT_FOUND. */
export async function findLinkInOrg(tx: Tx, orgId: string, linkId: string) {
  const link = isUuid(linkId)
    ? await tx.assetCustomer.findFirst({ where: { id: linkId, organizationId: orgId } })
    : null;
  if (!link) throw notFound("Link");
  return link;
}

/** REST nests links under their asset: a link of another asset is NOT_FOUND there. */
export async function assertLinkOnAsset(ctx: Ctx, assetId: string, linkId: string): Promise<void> {
  assertCan(ctx, "asset:read");
  const link = await findLinkInOrg(db, ctx.orgId, linkId);
  if (link.assetId !== assetId) throw notFound("Link");
}
