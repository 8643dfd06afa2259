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
import { resolveVisibility } from "@/lib/privacy/visibility";
import { maskCustomer } from "@/lib/privacy/masking";
import { findCustomerInOrg } from "@/lib/customers/lookup";

/** Links whose customer `ctx` sees with limited details carry its email and phone masked (reads and write answers). */
export async function withVisibility(ctx: Ctx, links: AssetLink[]): Promise<AssetLink[]> {
  const visibility = await resolveVisibility(
    ctx,
    links.map((link) => link.customerId),
  );
  if (visibility.all) return links;
  return links.map((link) =>
    visibility.isMasked(link.customerId) ? { ...link, customer: maskCustomer(link.customer) } : link,
  );
}

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
  return withVisibility(ctx, links);
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
  const link = await findPrimaryLink(db, ctx.orgId, assetId);
  return link && (await withVisibility(ctx, [link]))[0]!;
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
