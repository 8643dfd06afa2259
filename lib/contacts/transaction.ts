import "server-only";
// The transaction every contact write runs in: lock the customer, do the work, then bring the
// customer's search text up to date — all or nothing, together with the activity it records.
import { db, type Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { recordChange, type ChangeRecord } from "@/lib/activity/record";
import type { Contact } from "@/lib/generated/prisma/client";
import { lockCustomerForContacts, type LockedCustomer } from "@/lib/contacts/locks";
import { findContactInOrg } from "@/lib/contacts/queries";
import { contactName } from "@/lib/contacts/schemas";
import { assertSeesCustomer } from "@/lib/privacy/visibility";
import { refreshCustomerSearchText } from "@/lib/contacts/search-text";

/**
 * Writes to one customer's contacts serialize on its row lock, so a burst of them queues; waiting
 * for a connection or the lock longer than Prisma's 2-second default is normal then, not a failure.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

export async function onCustomer<T>(
  ctx: Ctx,
  customerId: string,
  work: (tx: Tx, customer: LockedCustomer) => Promise<T>,
): Promise<T> {
  // Contacts of a customer shown with limited details are not changed (lib/privacy/visibility.ts).
  await assertSeesCustomer(ctx, customerId);
  return db.$transaction(async (tx) => {
    const customer = await lockCustomerForContacts(tx, ctx.orgId, customerId);
    const result = await work(tx, customer);
    await refreshCustomerSearchText(tx, ctx.orgId, customer.id);
    return result;
  }, TRANSACTION_OPTIONS);
}

/** Runs `work` on a contact (live, deleted or either, as `deleted` says), re-read under its customer's lock. */
export async function onContact<T>(
  ctx: Ctx,
  contactId: string,
  deleted: boolean | undefined,
  work: (tx: Tx, contact: Contact, customer: LockedCustomer) => Promise<T>,
): Promise<T> {
  const { customerId } = await findContactInOrg(db, ctx.orgId, contactId);
  return onCustomer(ctx, customerId, async (tx, customer) =>
    work(tx, await findContactInOrg(tx, ctx.orgId, contactId, { deleted }), customer),
  );
}

type ContactChange = Pick<ChangeRecord, "action" | "changes"> & { summary: (name: string) => string };

/** Records a contact's timeline entry on its customer, in the same transaction. */
export function recordContactChange(
  tx: Tx,
  ctx: Ctx,
  contact: Pick<Contact, "id" | "customerId" | "firstName" | "lastName">,
  change: ContactChange,
): Promise<void> {
  return recordChange(tx, ctx, {
    customerId: contact.customerId,
    entityType: "contact",
    entityId: contact.id,
    action: change.action,
    summary: change.summary(`"${contactName(contact)}"`),
    changes: change.changes,
  });
}

/** Records that `to` became the primary contact (after `from`, if there was one). */
export function recordPrimaryChange(
  tx: Tx,
  ctx: Ctx,
  to: Pick<Contact, "id" | "customerId" | "firstName" | "lastName">,
  from: Pick<Contact, "firstName" | "lastName"> | null,
): Promise<void> {
  return recordContactChange(tx, ctx, to, {
    action: "primary_changed",
    summary: (name) => `${name} is now the primary contact`,
    changes: { primaryContact: { from: from ? contactName(from) : null, to: contactName(to) } },
  });
}
