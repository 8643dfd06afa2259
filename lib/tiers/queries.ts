import "server-only";
// Customer tier reads: every member may read the tiers (by level) and how many customers use each.
import { db, type Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { findTierInOrg } from "@/lib/tiers/lookup";
import { toTierResource, type TierResource } from "@/lib/tiers/resource";

const tierSelect = {
  id: true,
  name: true,
  level: true,
  discountPercent: true,
  color: true,
  benefits: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { customers: { where: { mergedIntoId: null } } } },
} satisfies Prisma.CustomerTierSelect;

export interface TierRow extends TierResource {
  customerCount: number;
}

/** Every tier of the organization (a handful), highest (level 1) first, with its customer count. */
export async function listTiers(ctx: Ctx): Promise<TierRow[]> {
  assertCan(ctx, "tier:read");
  const tiers = await db.customerTier.findMany({
    where: { organizationId: ctx.orgId },
    select: tierSelect,
    orderBy: [{ level: "asc" }, { name: "asc" }, { id: "asc" }],
  });
  return tiers.map(({ _count, ...tier }) => ({ ...toTierResource(tier), customerCount: _count.customers }));
}

export async function getTier(ctx: Ctx, id: string): Promise<TierRow> {
  assertCan(ctx, "tier:read");
  const tier = await findTierInOrg(db, ctx.orgId, id);
  const customerCount = await db.customer.count({
    where: { organizationId: ctx.orgId, tierId: tier.id, mergedIntoId: null },
  });
  return { ...toTierResource(tier), customerCount };
}

export interface TierOption {
  id: string;
  name: string;
  color: string;
  discountPercent: string;
}

/** The tiers for pickers and filters, highest first. */
export async function listTierOptions(ctx: Ctx): Promise<TierOption[]> {
  assertCan(ctx, "tier:read");
  const tiers = await db.customerTier.findMany({
    where: { organizationId: ctx.orgId },
    select: { id: true, name: true, color: true, discountPercent: true },
    orderBy: [{ level: "asc" }, { name: "asc" }, { id: "asc" }],
  });
  return tiers.map((tier) => ({ ...tier, discountPercent: tier.discountPercent.toFixed(2) }));
}
