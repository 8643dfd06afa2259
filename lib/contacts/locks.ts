import "server-only";
// The customer row lock every contact write takes first, so writes to one customer's contacts
// (and its primary contact) run one after another however many requests race.
import type { Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { assertNotMerged } from "@/lib/customers/lookup";

const ARCHIVED = "This customer is archived. Restore it before changing its contacts.";

export interface LockedCustomer {
  id: string;
  country: string | null;
}

/** Locks the customer FOR UPDATE; another organization's (or archived) customer is refused. */
export async function lockCustomerForContacts(tx: Tx, orgId: string, customerId: string): Promise<LockedCustomer> {
  const rows = isUuid(customerId)
    ? await tx.$queryRaw<{ id: string; country: string | null; archived: boolean; mergedIntoId: string | null }[]>`
        SELECT id::text AS id, country, archived_at IS NOT NULL AS archived, merged_into_id::text AS "mergedIntoId"
        FROM customer WHERE id = ${customerId}::uuid AND organization_id = ${orgId} FOR UPDATE`
    : [];
  const customer = rows[0];
  if (!customer) throw notFound("Customer");
  await assertNotMerged(tx, orgId, customer);
  if (customer.archived) throw conflict(ARCHIVED);
  return { id: customer.id, country: customer.country?.trim() || null };
}
