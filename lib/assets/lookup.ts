import "server-only";
// Finds one asset of the acting organization; any other id is NOT_FOUND (no existence leak).
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Asset } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";

export const ASSET_NOT_FOUND = "Aircraft or vehicle";

export async function findAssetInOrg(client: Tx, orgId: string, id: string): Promise<Asset> {
  // Ids that are not UUIDs cannot name an asset; checking first avoids a database cast error.
  const asset = isUuid(id) ? await client.asset.findFirst({ where: { id, organizationId: orgId } }) : null;
  if (!asset) throw notFound(ASSET_NOT_FOUND);
  return asset;
}
