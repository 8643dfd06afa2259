import "server-only";
// Contact writes: each in one transaction that locks the customer row first (lib/contacts/
// transaction.ts), so the email and primary-contact rules hold however many requests race.
import type { Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { diffFields } from "@/lib/activity/record";
import { conflict } from "@/lib/errors";
import type { Contact } from "@/lib/generated/prisma/client";
import { isUniqueViolationOn } from "@/lib/db/errors";
import { parseFields, parseWith } from "@/lib/validation";
import { findPrimary, makePrimary, settlePrimary } from "@/lib/contacts/primary";
import { contactFieldNames, contactInputSchemaFor } from "@/lib/contacts/schemas";
import { onContact, onCustomer, recordContactChange, recordPrimaryChange } from "@/lib/contacts/transaction";
import type { ConsentSource } from "@/lib/consent/options";
import { consentSourceFor, recordConsentChanges } from "@/lib/consent/record";
import { recordEvent } from "@/lib/events/record";

const CHANGED_ELSEWHERE = "This contact was changed by someone else since you opened it. Reload to see their changes.";

function duplicateEmail(email: string) {
  const message = `${email} is already a contact of this customer`;
  return conflict(`${message}.`, { email: [message] });
}

/** Another live contact of the customer with this email (citext: compared case-insensitively). */
async function assertEmailFree(tx: Tx, orgId: string, customerId: string, email: string, exceptId?: string) {
  const other = await tx.contact.findFirst({
    where: { organizationId: orgId, customerId, email, deletedAt: null, ...(exceptId && { id: { not: exceptId } }) },
    select: { id: true },
  });
  if (other) throw duplicateEmail(email);
}

/** Backstop for the live (customer, email) unique index, should a check ever be bypassed. */
async function withEmailBackstop<T>(email: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolationOn(error, "email")) {
      throw duplicateEmail(email ?? "This email");
    }
    throw error;
  }
}

/** A change of marketing consent stamps when and by whom (its full history is in consent_change). */
function consentStamp(ctx: Ctx, before: string, after: string) {
  return before === after ? {} : { marketingConsentAt: new Date(), marketingConsentById: ctx.userId };
}

const reread = (tx: Tx, contact: Contact) =>
  tx.contact.findUniqueOrThrow({ where: { id: contact.id, organizationId: contact.organizationId } });

/** Adds a contact; the customer's first (live) contact, or one added with `makePrimary`, becomes its primary. */
export async function createContact(
  ctx: Ctx,
  customerId: string,
  input: unknown,
  opts: { makePrimary?: boolean; source?: ConsentSource } = {},
): Promise<Contact> {
  assertCan(ctx, "contact:manage");
  const email = (input as { email?: unknown } | null | undefined)?.email;
  return withEmailBackstop(typeof email === "string" ? email.trim().toLowerCase() : undefined, () =>
    onCustomer(ctx, customerId, async (tx, customer) => {
      const data = parseWith(contactInputSchemaFor(customer.country), input);
      await assertEmailFree(tx, ctx.orgId, customer.id, data.email);
      const contact = await tx.contact.create({
        data: {
          ...data,
          ...consentStamp(ctx, "not_asked", data.marketingConsent),
          organizationId: ctx.orgId,
          customerId: customer.id,
          createdById: ctx.userId,
          updatedById: ctx.userId,
        },
      });
      await recordContactChange(tx, ctx, contact, { action: "created", summary: (name) => `Contact ${name} added` });
      const target = { customerId: customer.id, contactId: contact.id };
      await recordConsentChanges(tx, ctx, target, null, contact, consentSourceFor(ctx, opts.source));
      const previous = opts.makePrimary ? await findPrimary(tx, ctx.orgId, customer.id) : null;
      if (previous) {
        await makePrimary(tx, ctx.orgId, customer.id, contact.id);
        await recordPrimaryChange(tx, ctx, contact, previous);
      } else await settlePrimary(tx, ctx.orgId, customer.id);
      await recordEvent(tx, ctx, { type: "contact.created", resourceType: "contact", resourceId: contact.id });
      return reread(tx, contact);
    }),
  );
}

/** The stored contact with the patch's provided fields on top, for validating as a whole. */
function mergePatch(existing: Contact, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const field of contactFieldNames) merged[field] = patch[field] !== undefined ? patch[field] : existing[field];
  return merged;
}

/**
 * Applies a partial update; with `expectedVersion`, a contact changed since that version is a
 * CONFLICT. `makePrimary` also makes it the primary contact, in the same transaction.
 */
export async function updateContact(
  ctx: Ctx,
  contactId: string,
  input: unknown,
  opts: { expectedVersion?: number; makePrimary?: boolean; source?: ConsentSource } = {},
): Promise<Contact> {
  assertCan(ctx, "contact:manage");
  const patch = parseFields(input);
  return withEmailBackstop(undefined, () =>
    onContact(ctx, contactId, false, async (tx, existing, customer) => {
      if (opts.expectedVersion !== undefined && existing.version !== opts.expectedVersion) {
        throw conflict(CHANGED_ELSEWHERE);
      }
      const data = parseWith(contactInputSchemaFor(customer.country), mergePatch(existing, patch));
      await assertEmailFree(tx, ctx.orgId, existing.customerId, data.email, existing.id);
      const updated = await tx.contact.update({
        where: { id: existing.id, organizationId: ctx.orgId },
        data: {
          ...data,
          ...consentStamp(ctx, existing.marketingConsent, data.marketingConsent),
          updatedById: ctx.userId,
          version: { increment: 1 },
        },
      });
      const target = { customerId: existing.customerId, contactId: existing.id };
      await recordConsentChanges(tx, ctx, target, existing, updated, consentSourceFor(ctx, opts.source));
      const changes = diffFields(existing, updated, contactFieldNames);
      if (Object.keys(changes).length > 0) {
        await recordContactChange(tx, ctx, updated, {
          action: "updated",
          summary: (name) => `Contact ${name} updated`,
          changes,
        });
      }
      const result = opts.makePrimary ? await switchPrimary(tx, ctx, updated) : updated;
      const changed = [...Object.keys(changes), ...(result.isPrimary !== updated.isPrimary ? ["isPrimary"] : [])];
      if (changed.length > 0)
        await recordEvent(tx, ctx, {
          type: "contact.updated",
          resourceType: "contact",
          resourceId: existing.id,
          changed,
        });
      return result;
    }),
  );
}

/** Makes `contact` its customer's primary (clearing the previous one) and records it; a no-op if it is. */
async function switchPrimary(tx: Tx, ctx: Ctx, contact: Contact): Promise<Contact> {
  if (contact.isPrimary) return contact;
  const previous = await findPrimary(tx, ctx.orgId, contact.customerId);
  await makePrimary(tx, ctx.orgId, contact.customerId, contact.id);
  await recordPrimaryChange(tx, ctx, contact, previous);
  return reread(tx, contact);
}

/** Makes the contact its customer's primary and clears the previous primary in the same transaction. */
export async function setPrimaryContact(ctx: Ctx, contactId: string): Promise<Contact> {
  assertCan(ctx, "contact:manage");
  return onContact(ctx, contactId, false, async (tx, contact) => {
    const primary = await switchPrimary(tx, ctx, contact);
    const changed = contact.isPrimary ? [] : ["isPrimary"];
    await recordEvent(tx, ctx, { type: "contact.updated", resourceType: "contact", resourceId: contact.id, changed });
    return primary;
  });
}

/** Soft-deletes the contact (undo: restoreContact); deleting the primary promotes the earliest other. */
export async function deleteContact(ctx: Ctx, contactId: string): Promise<Contact> {
  assertCan(ctx, "contact:manage");
  return onContact(ctx, contactId, false, async (tx, contact) => {
    const deleted = await tx.contact.update({
      where: { id: contact.id, organizationId: ctx.orgId },
      data: { deletedAt: new Date(), deletedById: ctx.userId, isPrimary: false, version: { increment: 1 } },
    });
    await recordContactChange(tx, ctx, contact, { action: "deleted", summary: (name) => `Contact ${name} deleted` });
    await recordEvent(tx, ctx, { type: "contact.deleted", resourceType: "contact", resourceId: contact.id });
    if (contact.isPrimary) {
      const promoted = await settlePrimary(tx, ctx.orgId, contact.customerId);
      if (promoted) await recordPrimaryChange(tx, ctx, { ...promoted, customerId: contact.customerId }, contact);
    }
    return deleted;
  });
}

/** Undoes a delete; CONFLICT when another live contact of the customer has taken the email meanwhile. */
export async function restoreContact(ctx: Ctx, contactId: string): Promise<Contact> {
  assertCan(ctx, "contact:manage");
  return withEmailBackstop(undefined, () =>
    onContact(ctx, contactId, undefined, async (tx, contact) => {
      if (!contact.deletedAt) throw conflict("This contact is not deleted.");
      if (contact.erasedAt) throw conflict("This contact's personal data was erased: it cannot be restored.");
      const taken = await tx.contact.findFirst({
        where: { organizationId: ctx.orgId, customerId: contact.customerId, email: contact.email, deletedAt: null },
        select: { id: true },
      });
      if (taken) {
        const message = `${contact.email} is now used by another contact of this customer, so this contact cannot be restored`;
        throw conflict(`${message}.`, { email: [message] });
      }
      await tx.contact.update({
        where: { id: contact.id, organizationId: ctx.orgId },
        data: { deletedAt: null, deletedById: null, updatedById: ctx.userId, version: { increment: 1 } },
      });
      await recordContactChange(tx, ctx, contact, {
        action: "restored",
        summary: (name) => `Contact ${name} restored`,
      });
      await settlePrimary(tx, ctx.orgId, contact.customerId);
      await recordEvent(tx, ctx, { type: "contact.restored", resourceType: "contact", resourceId: contact.id });
      return reread(tx, contact);
    }),
  );
}
