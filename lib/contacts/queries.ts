import "server-only";
// Contact reads for the acting organization: a customer's live contacts, its primary, one contact.
import { db, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import type { Contact } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { resolveVisibility } from "@/lib/privacy/visibility";
import { maskContact } from "@/lib/privacy/masking";

/** Contacts of customers `ctx` sees with limited details come masked (lib/privacy/visibility.ts). */
async function withVisibility<T extends Contact>(ctx: Ctx, contacts: T[]): Promise<T[]> {
  const visibility = await resolveVisibility(
    ctx,
    contacts.map((contact) => contact.customerId),
  );
  return visibility.all ? contacts : contacts.map((c) => (visibility.isMasked(c.customerId) ? maskContact(c) : c));
}

/** A contact with the name of whoever last recorded its marketing consent. */
export type ContactWithConsent = Contact & { marketingConsentBy: { id: string; name: string } | null };

/** Names of the organization's members who recorded consent, in one query (no N+1). */
async function withConsentActors(orgId: string, contacts: Contact[]): Promise<ContactWithConsent[]> {
  const ids = [...new Set(contacts.map((c) => c.marketingConsentById).filter((id): id is string => id !== null))];
  const users = ids.length
    ? await db.user.findMany({
        where: { id: { in: ids }, members: { some: { organizationId: orgId } } },
        select: { id: true, name: true },
      })
    : [];
  const byId = new Map(users.map((user) => [user.id, user]));
  return contacts.map((c) => ({
    ...c,
    marketingConsentBy: (c.marketingConsentById && byId.get(c.marketingConsentById)) || null,
  }));
}

/** The customer's live contacts: the primary first, then by last and first name. */
export async function listContacts(ctx: Ctx, customerId: string): Promise<ContactWithConsent[]> {
  assertCan(ctx, "contact:read");
  const [contacts] = await Promise.all([
    isUuid(customerId)
      ? db.contact.findMany({
          where: { organizationId: ctx.orgId, customerId, deletedAt: null },
          orderBy: [{ isPrimary: "desc" }, { lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
        })
      : [],
    findCustomerInOrg(db, ctx.orgId, customerId),
  ]);
  return withConsentActors(ctx.orgId, await withVisibility(ctx, contacts));
}

/** The customer's primary contact, or null when it has no live contacts. */
export async function getPrimaryContact(ctx: Ctx, customerId: string): Promise<Contact | null> {
  assertCan(ctx, "contact:read");
  await findCustomerInOrg(db, ctx.orgId, customerId);
  const primary = await db.contact.findFirst({
    where: { organizationId: ctx.orgId, customerId, isPrimary: true, deletedAt: null },
  });
  return primary && (await withVisibility(ctx, [primary]))[0]!;
}

/** One live contact; REST passes `customerId` so a contact of another customer is NOT_FOUND there. */
export async function getContact(ctx: Ctx, contactId: string, customerId?: string): Promise<ContactWithConsent> {
  assertCan(ctx, "contact:read");
  const contact = await findContactInOrg(db, ctx.orgId, contactId, { deleted: false });
  if (customerId !== undefined && contact.customerId !== customerId) throw notFound("Contact");
  const [withActor] = await withConsentActors(ctx.orgId, await withVisibility(ctx, [contact]));
  return withActor!;
}

/** A contact of the organization, live (`deleted: false`), deleted (`true`) or either; else NOT_FOUND. */
export async function findContactInOrg(
  client: Tx,
  orgId: string,
  contactId: string,
  opts: { deleted?: boolean } = {},
): Promise<Contact> {
  const deletedAt = opts.deleted === undefined ? undefined : opts.deleted ? { not: null } : null;
  const contact = isUuid(contactId)
    ? await client.contact.findFirst({ where: { id: contactId, organizationId: orgId, deletedAt } })
    : null;
  if (!contact) throw notFound("Contact");
  return contact;
}

/** REST nests contacts under their customer: a contact (live or deleted) of another customer is NOT_FOUND there. */
export async function assertContactOnCustomer(ctx: Ctx, customerId: string, contactId: string): Promise<void> {
  assertCan(ctx, "contact:read");
  const contact = await findContactInOrg(db, ctx.orgId, contactId);
  if (contact.customerId !== customerId) throw notFound("Contact");
}

/** The customer's country, the default region for reading its contacts' phone numbers. */
export async function getContactCountry(ctx: Ctx, customerId: string): Promise<string | null> {
  assertCan(ctx, "contact:read");
  const customer = await findCustomerInOrg(db, ctx.orgId, customerId);
  return customer.country?.trim() || null;
}
