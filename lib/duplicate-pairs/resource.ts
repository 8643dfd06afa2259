// A possible-duplicate pair as the REST API and the review page show it: both customers (proposed
// survivor first), the score, the reasons, and where to merge them.
import type { DuplicatePairRow, PairCustomer } from "@/lib/duplicate-pairs/queries";
import { formatPhone } from "@/lib/fields/phone";
import { pairKey } from "@/lib/duplicate-pairs/schemas";

function toPairCustomer(customer: PairCustomer) {
  return {
    id: customer.id,
    name: customer.name,
    accountNumber: customer.accountNumber,
    email: customer.email,
    phone: customer.phone,
    /** The phone laid out for reading ("+1 865 555 0101"). */
    phoneDisplay: customer.phone ? formatPhone(customer.phone) : null,
    city: customer.city,
    country: customer.country,
    archived: customer.archivedAt !== null,
    createdAt: customer.createdAt.toISOString(),
  };
}

export function toDuplicatePairResource(row: DuplicatePairRow) {
  const [survivor, other] = row.customers;
  return {
    /** The two customer ids, smaller first: names the pair in `…/duplicates/{key}/dismiss`. */
    key: pairKey(survivor.id, other.id),
    score: row.score,
    reasons: row.reasons,
    computedAt: row.computedAt.toISOString(),
    /** The proposed survivor (the more complete, or the older customer) first. */
    customers: [toPairCustomer(survivor), toPairCustomer(other)] as const,
    /** The merge page with the proposed survivor first. */
    mergeHref: `/customers/merge?ids=${survivor.id},${other.id}`,
  };
}

export type DuplicatePairResource = ReturnType<typeof toDuplicatePairResource>;
