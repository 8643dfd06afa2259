// What may still point at an asset, counted so deleting it is refused with a clear message.
import type { Tx } from "@/lib/db";
import { describeCounts } from "@/lib/format";

/** "2 work orders and 1 customer link", or null when nothing refers to the asset. */
export async function describeAssetReferences(tx: Tx, orgId: string, assetId: string): Promise<string | null> {
  const [workOrders, links] = await Promise.all([
    tx.workOrder.count({ where: { organizationId: orgId, assetId } }),
    tx.assetCustomer.count({ where: { organizationId: orgId, assetId } }),
  ]);
  return describeCounts([
    [workOrders, "work order", "work orders"],
    [links, "customer link", "customer links"],
  ]);
}
