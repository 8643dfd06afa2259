import "server-only";
// Customer ownership: the current owner or a manager+ hands a customer to another staff member with
// a reason; each transfer is kept (from, to, by, when, why) and recorded on the timeline.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { can, isRole } from "@/lib/auth/permissions";
import { AppError, conflict, forbidden } from "@/lib/errors";
import { missingLabels } from "@/lib/activity/labels";
import { recordChange } from "@/lib/activity/record";
import type { Customer } from "@/lib/generated/prisma/client";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { parseWith } from "@/lib/validation";
import { ownershipTransferSchema, type OwnershipTransferInput } from "@/lib/customers/ownership-schemas";

const fieldError = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

/** Members who may own customers: staff and above (viewers cannot work on them). */
export async function findEligibleOwner(orgId: string, userId: string) {
  const member = await db.member.findFirst({
    where: { organizationId: orgId, userId },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  if (!member || !isRole(member.role)) throw fieldError("toUserId", "Choose a member of your organization");
  if (!can(member.role, "customer:update")) throw fieldError("toUserId", "Viewers cannot own customers");
  return member.user;
}

export async function transferOwnership(
  ctx: Ctx,
  customerId: string,
  input: OwnershipTransferInput,
): Promise<Customer> {
  assertCan(ctx, "customer:update");
  const { toUserId, reason } = parseWith(ownershipTransferSchema, input);
  const existing = await findCustomerInOrg(db, ctx.orgId, customerId);
  const isOwner = ctx.actor === "user" && ctx.userId !== null && existing.ownerId === ctx.userId;
  if (!isOwner && !can(ctx.role, "customer:transferAny")) {
    throw forbidden("Only the customer's owner or a manager can transfer its ownership.");
  }
  if (existing.archivedAt) throw conflict("Restore this customer before transferring it.");
  if (existing.ownerId === toUserId) throw fieldError("toUserId", "This member already owns the customer");
  const to = await findEligibleOwner(ctx.orgId, toUserId);
  return db.$transaction(async (tx) => {
    const { count } = await tx.customer.updateMany({
      where: { id: existing.id, organizationId: ctx.orgId, version: existing.version, archivedAt: null },
      data: { ownerId: to.id, updatedById: ctx.userId, version: { increment: 1 } },
    });
    if (count === 0) throw conflict("This customer was changed meanwhile. Reload and try again.");
    await tx.ownershipTransfer.create({
      data: {
        organizationId: ctx.orgId,
        customerId: existing.id,
        fromUserId: existing.ownerId,
        toUserId: to.id,
        byUserId: ctx.userId,
        reason,
      },
    });
    await recordChange(tx, ctx, {
      customerId: existing.id,
      entityType: "customer",
      entityId: existing.id,
      action: "owner_changed",
      summary: `Ownership transferred to ${to.name}: ${reason}`,
      changes: { ownerId: { from: existing.ownerId, to: to.id } },
    });
    return tx.customer.findUniqueOrThrow({ where: { id: existing.id, organizationId: ctx.orgId } });
  });
}

export interface OwnershipTransferRow {
  id: string;
  from: { id: string; name: string } | null;
  to: { id: string; name: string } | null;
  by: { id: string; name: string } | null;
  reason: string;
  createdAt: Date;
}

/** A customer's transfers, newest first, with the names of the members involved. */
export async function listOwnershipTransfers(ctx: Ctx, customerId: string): Promise<OwnershipTransferRow[]> {
  assertCan(ctx, "customer:read");
  const customer = await findCustomerInOrg(db, ctx.orgId, customerId);
  const transfers = await db.ownershipTransfer.findMany({
    where: { organizationId: ctx.orgId, customerId: customer.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  const ids = new Set(transfers.flatMap((t) => [t.fromUserId, t.toUserId, t.byUserId]).filter((id) => id !== null));
  const users = ids.size
    ? await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } })
    : [];
  const byId = new Map(users.map((user) => [user.id, user]));
  // A member removed since is still named as such, not mistaken for "no owner" or an integration.
  const resolve = (id: string | null) => (id ? (byId.get(id) ?? { id, name: missingLabels.user }) : null);
  return transfers.map((t) => ({
    id: t.id,
    from: resolve(t.fromUserId),
    to: resolve(t.toUserId),
    by: resolve(t.byUserId),
    reason: t.reason,
    createdAt: t.createdAt,
  }));
}

export interface OwnerOption {
  id: string;
  name: string;
  email: string;
}

/** Members who can own customers (staff and above), by name, for the transfer dialog. */
export async function listOwnerOptions(ctx: Ctx): Promise<OwnerOption[]> {
  assertCan(ctx, "customer:read");
  const members = await db.member.findMany({
    where: { organizationId: ctx.orgId },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
  });
  return members.filter((m) => isRole(m.role) && can(m.role, "customer:update")).map((m) => m.user);
}
