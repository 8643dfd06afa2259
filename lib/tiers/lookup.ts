import "server-only";
// Finds one customer tier of the acting organization; any other id is NOT_FOUND (no existence leak).
import type { Tx } from "@/lib/db";
import { notFound, validationError } from "@/lib/errors";
import type { CustomerTier } from "@/lib/generated/prisma/client";
import { z } from "zod";
import { isUuid } from "@/lib/validation";

export async function findTierInOrg(client: Tx, orgId: string, id: string): Promise<CustomerTier> {
  const tier = isUuid(id) ? await client.customerTier.findFirst({ where: { id, organizationId: orgId } }) : null;
  if (!tier) throw notFound("Tier");
  return tier;
}

/** A customer's tier must be one of its organization's; otherwise a field error on `tierId`. */
export async function assertTierInOrg(client: Tx, orgId: string, tierId: string | null): Promise<void> {
  if (tierId === null) return;
  const found = isUuid(tierId)
    ? await client.customerTier.findFirst({ where: { id: tierId, organizationId: orgId }, select: { id: true } })
    : null;
  if (found) return;
  const issue = {
    code: "custom" as const,
    path: ["tierId"],
    message: "Choose one of your organization's tiers",
    input: tierId,
  };
  throw validationError(new z.ZodError([issue]));
}
