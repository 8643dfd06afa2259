// What may still point at a customer, counted so deleting is refused with a clear message before
// the database's foreign keys refuse it.
import type { Tx } from "@/lib/db";

function plural(count: number, singular: string, many: string): string {
  return `${count} ${count === 1 ? singular : many}`;
}

/** "3 work orders and 1 aircraft or vehicle link", or null when nothing references the customer. */
export async function describeReferences(tx: Tx, orgId: string, customerId: string): Promise<string | null> {
  const [links, workOrders] = await Promise.all([
    tx.assetCustomer.count({ where: { organizationId: orgId, customerId } }),
    tx.workOrder.count({ where: { organizationId: orgId, customerId } }),
  ]);
  const parts = [
    workOrders > 0 ? plural(workOrders, "work order", "work orders") : null,
    links > 0 ? plural(links, "aircraft or vehicle link", "aircraft or vehicle links") : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? new Intl.ListFormat("en", { type: "conjunction" }).format(parts) : null;
}
