// What may still point at a customer, counted so deleting is refused with a clear message before
// the database's foreign keys refuse it.
import type { Tx } from "@/lib/db";
import { describeCounts } from "@/lib/format";

/** "3 work orders and 1 aircraft or vehicle link", or null when nothing references the customer. */
export async function describeReferences(tx: Tx, orgId: string, customerId: string): Promise<string | null> {
  const [links, workOrders] = await Promise.all([
    tx.assetCustomer.count({ where: { organizationId: orgId, customerId } }),
    tx.workOrder.count({ where: { organizationId: orgId, customerId } }),
  ]);
  return describeCounts([
    [workOrders, "work order", "work orders"],
    [links, "aircraft or vehicle link", "aircraft or vehicle links"],
  ]);
}
