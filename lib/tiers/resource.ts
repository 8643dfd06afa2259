// The customer tier as the UI and integrators see it: the discount as a two-decimal string, no tenant id.
import type { CustomerTier } from "@/lib/generated/prisma/client";

export interface TierResource {
  id: string;
  name: string;
  level: number;
  discountPercent: string;
  color: string;
  benefits: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function toTierResource(tier: Omit<CustomerTier, "organizationId">): TierResource {
  const { id, name, level, discountPercent, color, benefits, version, createdAt, updatedAt } = tier;
  return {
    id,
    name,
    level,
    discountPercent: discountPercent.toFixed(2),
    color,
    benefits,
    version,
    createdAt,
    updatedAt,
  };
}
