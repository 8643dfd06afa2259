import "server-only";
// For the archive confirmation: which aircraft and vehicles lose this customer as primary, and who
// would become primary instead (the same choice archiving makes: the earliest eligible link).
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { assetLabel } from "@/lib/assets/format";
import { assetSummarySelect } from "@/lib/asset-links/select";

export interface PrimaryLoss {
  assetId: string;
  assetLabel: string;
  kind: "aircraft" | "vehicle";
  /** Who becomes primary instead, or null when the asset is left without a primary customer. */
  nextPrimaryName: string | null;
}

export async function describePrimaryLoss(ctx: Ctx, customerId: string): Promise<PrimaryLoss[]> {
  assertCan(ctx, "customer:archive");
  await findCustomerInOrg(db, ctx.orgId, customerId);
  const primaries = await db.assetCustomer.findMany({
    where: { organizationId: ctx.orgId, customerId, isPrimary: true },
    select: { asset: { select: assetSummarySelect } },
    orderBy: { createdAt: "asc" },
  });
  if (primaries.length === 0) return [];
  const candidates = await db.assetCustomer.findMany({
    where: {
      organizationId: ctx.orgId,
      assetId: { in: primaries.map((link) => link.asset.id) },
      customerId: { not: customerId },
      status: "current",
      customer: { archivedAt: null },
    },
    select: { assetId: true, customer: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const nextByAsset = new Map<string, string>();
  for (const candidate of candidates) {
    if (!nextByAsset.has(candidate.assetId)) nextByAsset.set(candidate.assetId, candidate.customer.name);
  }
  return primaries.map(({ asset }) => ({
    assetId: asset.id,
    assetLabel: assetLabel(asset),
    kind: asset.kind,
    nextPrimaryName: nextByAsset.get(asset.id) ?? null,
  }));
}
