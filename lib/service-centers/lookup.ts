import "server-only";
// Finds one service center of the acting organization; any other id is NOT_FOUND (no existence leak).
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ServiceCenter } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";

export async function findServiceCenterInOrg(client: Tx, orgId: string, id: string): Promise<ServiceCenter> {
  const center = isUuid(id) ? await client.serviceCenter.findFirst({ where: { id, organizationId: orgId } }) : null;
  if (!center) throw notFound("Service center");
  return center;
}
