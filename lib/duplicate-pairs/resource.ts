// A possible-duplicate pair as the REST API and the review page show it: both customers (proposed
// survivor first), the score, the reasons, and where to merge them.
import type {
  DuplicatePairList,
  DuplicatePairRow,
  DuplicateScanState,
  PairCustomer,
} from "@/lib/duplicate-pairs/queries";
import { formatPhone } from "@/lib/fields/phone";
import { toJobResource } from "@/lib/jobs/resource";
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

/** A page of pairs as every REST list answers it: `{ data, meta }`. */
export function toDuplicatePairPage({ rows, total, page, perPage, pageCount }: DuplicatePairList) {
  return { data: rows.map(toDuplicatePairResource), meta: { total, page, perPage, pageCount } };
}

/** The newest scan (as a job) and when one last completed. */
export function toDuplicateScanResource({ latest, lastCompletedAt }: DuplicateScanState) {
  return { latest: latest && toJobResource(latest), lastCompletedAt: lastCompletedAt?.toISOString() ?? null };
}

/** A pair after dismissing it (`dismissed: true`) or taking that back. */
export function toDismissalResource({ customerIds: [a, b] }: { customerIds: [string, string] }, dismissed: boolean) {
  return { key: pairKey(a, b), customerIds: [a, b], dismissed };
}
