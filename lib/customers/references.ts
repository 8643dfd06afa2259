// What may still point at a customer: each domain that references customers registers a counter,
// so deleting is refused with a clear message before the database's foreign keys refuse it.
import type { Tx } from "@/lib/db";

export interface CustomerReferenceCount {
  count: number;
  /** Nouns for messages, e.g. "work order" / "work orders". */
  singular: string;
  plural: string;
}

export type CustomerReferenceCounter = (tx: Tx, orgId: string, customerId: string) => Promise<CustomerReferenceCount>;

/** Filled by later domains (work orders, customer links); empty until they exist. */
export const referencingCounts: CustomerReferenceCounter[] = [];

/** "3 work orders and 1 link", or null when nothing references the customer. */
export async function describeReferences(tx: Tx, orgId: string, customerId: string): Promise<string | null> {
  const counts = await Promise.all(referencingCounts.map((count) => count(tx, orgId, customerId)));
  const parts = counts.filter((c) => c.count > 0).map((c) => `${c.count} ${c.count === 1 ? c.singular : c.plural}`);
  return parts.length > 0 ? new Intl.ListFormat("en", { type: "conjunction" }).format(parts) : null;
}
