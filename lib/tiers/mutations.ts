import "server-only";
// Customer tier writes (managers and above): create, edit (version-checked), delete — a tier in use
// is deleted only once told where its customers go, and they move in the same transaction.
import { db, type Prisma, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { conflict, notFound } from "@/lib/errors";
import type { CustomerTier } from "@/lib/generated/prisma/client";
import { isReferenceViolation, isUniqueViolation } from "@/lib/db/errors";
import { parseWith } from "@/lib/validation";
import { findTierInOrg } from "@/lib/tiers/lookup";
import { tierDeleteSchema, tierInputSchema, tierPatchSchema } from "@/lib/tiers/schemas";
import { recordEvents } from "@/lib/events/record";

const CHANGED_ELSEWHERE = "This tier was changed by someone else since you opened it. Reload to see their changes.";

const duplicateName = (name: string) =>
  conflict(`A tier named ${name} already exists.`, { name: [`A tier named ${name} already exists`] });

/** Names are case-insensitive (citext), so "gold" clashes with "Gold". */
async function assertNameFree(client: Tx, orgId: string, name: string, exceptId?: string) {
  const other = await client.customerTier.findFirst({
    where: { organizationId: orgId, name, ...(exceptId && { id: { not: exceptId } }) },
    select: { id: true },
  });
  if (other) throw duplicateName(name);
}

function toWriteError(error: unknown, name: string): unknown {
  return isUniqueViolation(error) ? duplicateName(name) : error;
}

export async function createTier(ctx: Ctx, input: unknown): Promise<CustomerTier> {
  assertCan(ctx, "tier:manage");
  const data = parseWith(tierInputSchema, input);
  await assertNameFree(db, ctx.orgId, data.name);
  try {
    return await db.customerTier.create({ data: { ...data, organizationId: ctx.orgId } });
  } catch (error) {
    throw toWriteError(error, data.name);
  }
}

/** Applies a partial update; with `expectedVersion` (or `input.version`) a stale edit is a CONFLICT. */
export async function updateTier(
  ctx: Ctx,
  id: string,
  input: unknown,
  opts: { expectedVersion?: number } = {},
): Promise<CustomerTier> {
  assertCan(ctx, "tier:manage");
  const { version, ...patch } = parseWith(tierPatchSchema, input);
  const expectedVersion = opts.expectedVersion ?? version;
  const existing = await findTierInOrg(db, ctx.orgId, id);
  if (expectedVersion !== undefined && existing.version !== expectedVersion) throw conflict(CHANGED_ELSEWHERE);
  if (patch.name !== undefined) await assertNameFree(db, ctx.orgId, patch.name, id);
  try {
    const { count } = await db.customerTier.updateMany({
      where: { id: existing.id, organizationId: ctx.orgId, version: existing.version },
      data: { ...patch, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(CHANGED_ELSEWHERE);
  } catch (error) {
    throw toWriteError(error, patch.name ?? existing.name);
  }
  const updated = await db.customerTier.findFirst({ where: { id: existing.id, organizationId: ctx.orgId } });
  if (!updated) throw notFound("Tier");
  return updated;
}

const customersWord = (n: number) => (n === 1 ? "1 customer uses" : `${n} customers use`);

/**
 * Deletes a tier. While customers use it, `moveTo` is required: another tier's id, or null for
 * "no tier"; they are reassigned (version bumped, change recorded) in the delete's transaction.
 */
export async function deleteTier(ctx: Ctx, id: string, input: unknown = {}): Promise<{ moved: number }> {
  assertCan(ctx, "tier:manage");
  const { moveTo } = parseWith(tierDeleteSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const tier = await findTierInOrg(tx, ctx.orgId, id);
      const target = moveTo ? await findMoveTarget(tx, ctx.orgId, tier.id, moveTo) : null;
      const customers = await tx.customer.findMany({
        where: { organizationId: ctx.orgId, tierId: tier.id },
        select: { id: true },
      });
      if (customers.length > 0 && moveTo === undefined) {
        const message = `${customersWord(customers.length)} this tier. Choose where they go before deleting it.`;
        throw conflict(message, { moveTo: [message] });
      }
      if (customers.length > 0) await moveCustomers(tx, ctx, customers, tier, target);
      await tx.customerTier.deleteMany({ where: { id: tier.id, organizationId: ctx.orgId } });
      return { moved: customers.length };
    });
  } catch (error) {
    if (!isReferenceViolation(error)) throw error;
    throw conflict("Customers were assigned to this tier meanwhile. Try again.");
  }
}

async function findMoveTarget(tx: Tx, orgId: string, tierId: string, moveTo: string): Promise<CustomerTier> {
  if (moveTo === tierId) throw conflict("Choose another tier for its customers.", { moveTo: ["Choose another tier"] });
  return findTierInOrg(tx, orgId, moveTo);
}

async function moveCustomers(
  tx: Tx,
  ctx: Ctx,
  customers: { id: string }[],
  from: CustomerTier,
  to: CustomerTier | null,
): Promise<void> {
  await tx.customer.updateMany({
    where: { organizationId: ctx.orgId, tierId: from.id },
    data: { tierId: to?.id ?? null, updatedById: ctx.userId, version: { increment: 1 } },
  });
  const changes = { tierId: { from: from.id, to: to?.id ?? null } } satisfies Prisma.InputJsonObject;
  const summary = `Tier changed from ${from.name} to ${to?.name ?? "no tier"} (tier deleted)`.slice(0, 300);
  await tx.activity.createMany({
    data: customers.map((customer) => ({
      organizationId: ctx.orgId,
      customerId: customer.id,
      type: "change" as const,
      entityType: "customer" as const,
      entityId: customer.id,
      action: "updated",
      summary,
      changes,
      actorId: ctx.userId,
      actorKind: ctx.actor,
    })),
  });
  const events = customers.map((customer) => ({ resourceId: customer.id, changed: ["tierId"] }));
  await recordEvents(
    tx,
    ctx,
    events.map((event) => ({ ...event, type: "customer.updated", resourceType: "customer" })),
  );
}
