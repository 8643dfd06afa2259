// What may still point at an asset, counted so deleting it is refused with a clear message.
import type { Tx } from "@/lib/db";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "2 work orders and 1 customer link", or null when nothing refers to the asset. */
export async function describeAssetReferences(tx: Tx, orgId: string, assetId: string): Promise<string | null> {
  const [workOrders, links] = await Promise.all([
    tx.workOrder.count({ where: { organizationId: orgId, assetId } }),
    tx.assetCustomer.count({ where: { organizationId: orgId, assetId } }),
  ]);
  const parts = [
    workOrders > 0 ? plural(workOrders, "work order", "work orders") : null,
    links > 0 ? plural(links, "customer link", "customer links") : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? new Intl.ListFormat("en", { type: "conjunction" }).format(parts) : null;
}
