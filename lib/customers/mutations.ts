import "server-only";
// Customer writes for the acting organization: validated, audited and version-checked.
import { db, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { conflict, notFound } from "@/lib/errors";
import { diffFields, recordChange } from "@/lib/activity/record";
import type { Customer } from "@/lib/generated/prisma/client";
import {
  demoteArchivedCustomer,
  lockAssetsOfCustomer,
  promoteRestoredCustomer,
} from "@/lib/asset-links/customer-archive";
import { isReferenceViolation } from "@/lib/db/errors";
import { assertNoDuplicates, toWriteError } from "@/lib/customers/duplicates";
import { DuplicatesFoundError } from "@/lib/duplicates/errors";
import { findDuplicateCandidates } from "@/lib/duplicates/queries";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { refreshCustomerSearchText } from "@/lib/contacts/search-text";
import { buildPersonName } from "@/lib/fields/normalize";
import { describeReferences } from "@/lib/customers/references";
import { applyOrgDefaults, toCustomerColumns } from "@/lib/customers/rows";
import { getOrgDefaults } from "@/lib/customers/queries";
import { parseWith } from "@/lib/validation";
import { customerFieldNames, recordedCustomerFields } from "@/lib/customers/fields";
import { assertTierInOrg } from "@/lib/tiers/lookup";
import { customerInputSchema, customerPatchSchema, type CustomerData } from "@/lib/customers/schemas";
import type { ConsentSource } from "@/lib/consent/options";
import { assertNoMaskedValues, assertSeesCustomer } from "@/lib/privacy/visibility";
import { consentSourceFor, recordConsentChanges } from "@/lib/consent/record";
import { recordEvent } from "@/lib/events/record";

const CHANGED_ELSEWHERE = "This customer was changed by someone else since you opened it. Reload to see their changes.";
const RESTORE_FIRST = "Restore this customer before editing it.";
/** Without an expected version, a PATCH re-reads and retries this often when it races another write. */
const PATCH_ATTEMPTS = 3;

/**
 * Creates a customer from unparsed input (a form's values, a REST body), parsed here with the shared schema.
 * With `checkDuplicates`, one that looks like existing customers is refused with their list.
 */
export async function createCustomer(
  ctx: Ctx,
  input: unknown,
  opts: { checkDuplicates?: boolean; source?: ConsentSource } = {},
): Promise<Customer> {
  assertCan(ctx, "customer:create");
  const data = parseWith(customerInputSchema, applyOrgDefaults(input, await getOrgDefaults(ctx)));
  if (opts.checkDuplicates) {
    const candidates = await findDuplicateCandidates(ctx, data);
    if (candidates.length > 0) throw new DuplicatesFoundError(candidates);
  }
  await assertNoDuplicates(db, ctx.orgId, data);
  await assertTierInOrg(db, ctx.orgId, data.tierId);
  try {
    return await db.$transaction(async (tx) => {
      const customer = await tx.customer.create({
        data: {
          ...toCustomerColumns(data),
          organizationId: ctx.orgId,
          // The creating user owns the customer; one created through an API key starts unowned.
          ownerId: ctx.actor === "user" ? ctx.userId : null,
          createdById: ctx.userId,
          updatedById: ctx.userId,
        },
      });
      await recordCustomerChange(tx, ctx, customer.id, "created", "Customer created");
      await recordEvent(tx, ctx, { type: "customer.created", resourceType: "customer", resourceId: customer.id });
      const source = consentSourceFor(ctx, opts.source);
      await recordConsentChanges(tx, ctx, { customerId: customer.id }, null, customer, source);
      return customer;
    });
  } catch (error) {
    throw toWriteError(error, data);
  }
}

/** The stored customer with the patch's provided fields on top, for validating as a whole. */
function mergePatch(existing: Customer, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const field of customerFieldNames) merged[field] = patch[field] !== undefined ? patch[field] : existing[field];
  const nameWasBuilt = existing.name === buildPersonName(existing.firstName, existing.lastName);
  const renamed = patch.firstName !== undefined || patch.lastName !== undefined;
  if (patch.name === undefined && renamed && nameWasBuilt) merged.name = null;
  return merged;
}

/**
 * Applies a partial update (unparsed: the fields are validated on the merged record). With
 * `expectedVersion` (or `input.version`), a customer changed since that version is a CONFLICT;
 * without one, the read-merge-write is retried if another write races it.
 */
export async function updateCustomer(
  ctx: Ctx,
  id: string,
  input: unknown,
  opts: { expectedVersion?: number; revertOfId?: string; source?: ConsentSource } = {},
): Promise<Customer> {
  assertCan(ctx, "customer:update");
  const { version, ...patch } = parseWith(customerPatchSchema.pick({ version: true }).loose(), input);
  const expectedVersion = opts.expectedVersion ?? version;
  for (let attempt = 1; ; attempt++) {
    const existing = await findCustomerInOrg(db, ctx.orgId, id);
    if (attempt === 1) {
      await assertSeesCustomer(ctx, existing.id);
      assertNoMaskedValues(patch);
    }
    if (existing.archivedAt) throw conflict(RESTORE_FIRST);
    if (expectedVersion !== undefined && existing.version !== expectedVersion) throw conflict(CHANGED_ELSEWHERE);
    const data = parseWith(customerInputSchema, mergePatch(existing, patch));
    await assertNoDuplicates(db, ctx.orgId, data, id);
    await assertTierInOrg(db, ctx.orgId, data.tierId);
    const updated = await writeUpdate(ctx, existing, data, opts);
    if (updated) return updated;
    if (expectedVersion !== undefined || attempt >= PATCH_ATTEMPTS) throw await explainMissedUpdate(ctx, id);
  }
}

/** Records the update (or, with `revertOfId`, the revert) with its field diff, in the update's transaction. */
async function writeUpdate(
  ctx: Ctx,
  existing: Customer,
  data: CustomerData,
  { revertOfId, source }: { revertOfId?: string; source?: ConsentSource },
): Promise<Customer | null> {
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.customer.updateMany({
        where: { id: existing.id, organizationId: ctx.orgId, version: existing.version, archivedAt: null },
        data: { ...toCustomerColumns(data), updatedById: ctx.userId, version: { increment: 1 } },
      });
      if (count === 0) return null;
      // Customer search also covers its contacts, which the columns above know nothing of.
      await refreshCustomerSearchText(tx, ctx.orgId, existing.id);
      const updated = await tx.customer.findUniqueOrThrow({ where: { id: existing.id, organizationId: ctx.orgId } });
      await recordConsentChanges(
        tx,
        ctx,
        { customerId: existing.id },
        existing,
        updated,
        consentSourceFor(ctx, source),
      );
      const changes = diffFields(recordedCustomerFields(existing), recordedCustomerFields(updated), customerFieldNames);
      if (revertOfId || Object.keys(changes).length > 0) {
        await recordChange(tx, ctx, {
          customerId: existing.id,
          entityType: "customer",
          entityId: existing.id,
          action: revertOfId ? "reverted" : "updated",
          summary: revertOfId ? "Change reverted" : "Customer details updated",
          changes,
          revertOfId,
        });
        const changed = Object.keys(changes);
        await recordEvent(tx, ctx, {
          type: "customer.updated",
          resourceType: "customer",
          resourceId: existing.id,
          changed,
        });
      }
      return updated;
    });
  } catch (error) {
    throw toWriteError(error, data);
  }
}

/** Why a version-checked update matched no row: gone, archived meanwhile, or changed. */
async function explainMissedUpdate(ctx: Ctx, id: string) {
  const current = await db.customer.findFirst({
    where: { id, organizationId: ctx.orgId },
    select: { archivedAt: true },
  });
  if (!current) return notFound("Customer");
  return conflict(current.archivedAt ? RESTORE_FIRST : CHANGED_ELSEWHERE);
}

/**
 * Archiving an archived customer (or restoring an active one) is a CONFLICT, not a silent no-op.
 * Archiving hands each asset it was primary on to the next eligible customer; restoring makes it
 * primary again where no one is. Its assets are locked before the customer row (the link order).
 */
async function setArchived(ctx: Ctx, id: string, archive: boolean): Promise<Customer> {
  return db.$transaction(async (tx) => {
    const existing = await findCustomerInOrg(tx, ctx.orgId, id);
    await lockAssetsOfCustomer(tx, ctx.orgId, existing.id);
    const { count } = await tx.customer.updateMany({
      where: { id, organizationId: ctx.orgId, archivedAt: archive ? null : { not: null } },
      data: {
        archivedAt: archive ? new Date() : null,
        archivedById: archive ? ctx.userId : null,
        updatedById: ctx.userId,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(archive ? "This customer is already archived." : "This customer is not archived.");
    await recordCustomerChange(
      tx,
      ctx,
      existing.id,
      archive ? "archived" : "restored",
      archive ? "Customer archived" : "Customer restored",
    );
    const type = archive ? "customer.archived" : "customer.restored";
    await recordEvent(tx, ctx, { type, resourceType: "customer", resourceId: existing.id, changed: ["archivedAt"] });
    await (archive ? demoteArchivedCustomer : promoteRestoredCustomer)(tx, ctx, existing.id);
    return tx.customer.findUniqueOrThrow({ where: { id: existing.id, organizationId: ctx.orgId } });
  });
}

function recordCustomerChange(tx: Tx, ctx: Ctx, id: string, action: string, summary: string) {
  return recordChange(tx, ctx, { customerId: id, entityType: "customer", entityId: id, action, summary });
}

export async function archiveCustomer(ctx: Ctx, id: string): Promise<Customer> {
  assertCan(ctx, "customer:archive");
  return setArchived(ctx, id, true);
}

export async function restoreCustomer(ctx: Ctx, id: string): Promise<Customer> {
  assertCan(ctx, "customer:restore");
  return setArchived(ctx, id, false);
}

/** Permanently deletes a customer nothing refers to; otherwise CONFLICT (archive it instead). */
export async function deleteCustomer(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx, "customer:delete");
  try {
    await db.$transaction(async (tx) => {
      const existing = await findCustomerInOrg(tx, ctx.orgId, id);
      const references = await describeReferences(tx, ctx.orgId, existing.id);
      if (references) throw conflict(`This customer has ${references}, so it cannot be deleted. Archive it instead.`);
      // Recorded before the delete: its data is the customer as it was.
      await recordEvent(tx, ctx, { type: "customer.deleted", resourceType: "customer", resourceId: existing.id });
      await tx.customer.deleteMany({ where: { id: existing.id, organizationId: ctx.orgId } });
    });
  } catch (error) {
    if (!isReferenceViolation(error)) throw error;
    throw conflict("Other records still refer to this customer, so it cannot be deleted. Archive it instead.");
  }
}
