import "server-only";
// Keeps "exactly one primary among a customer's live contacts" true. Callers hold the customer's
// row lock (lib/contacts/locks.ts), so these reads cannot go stale.
import type { Tx } from "@/lib/db";

const live = (orgId: string, customerId: string) => ({ organizationId: orgId, customerId, deletedAt: null });

/** The live primary contact's id and name, if any. */
export function findPrimary(tx: Tx, orgId: string, customerId: string) {
  return tx.contact.findFirst({
    where: { ...live(orgId, customerId), isPrimary: true },
    select: { id: true, firstName: true, lastName: true },
  });
}

/** Makes `contactId` primary, clearing the previous one first (the unique index allows one). */
export async function makePrimary(tx: Tx, orgId: string, customerId: string, contactId: string): Promise<void> {
  await tx.contact.updateMany({
    where: { ...live(orgId, customerId), isPrimary: true, id: { not: contactId } },
    data: { isPrimary: false },
  });
  await tx.contact.update({ where: { id: contactId, organizationId: orgId }, data: { isPrimary: true } });
}

/** With live contacts but no primary, the earliest live contact becomes primary; returns it if so. */
export async function settlePrimary(tx: Tx, orgId: string, customerId: string) {
  if (await findPrimary(tx, orgId, customerId)) return null;
  const earliest = await tx.contact.findFirst({
    where: live(orgId, customerId),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, firstName: true, lastName: true },
  });
  if (earliest) await tx.contact.update({ where: { id: earliest.id }, data: { isPrimary: true } });
  return earliest;
}
