import "server-only";
// Customer ownership transfers: the current owner or a manager+ hands a customer to another staff member
// with a reason; each transfer is kept (from, to, by, when, why) and recorded on the timeline.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { isRole } from "@/lib/auth/permissions";
import { AppError, conflict, forbidden } from "@/lib/errors";
import { recordChange } from "@/lib/activity/record";
import type { Customer } from "@/lib/generated/prisma/client";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { parseWith } from "@/lib/validation";
import { mayOwnCustomers, mayTransferCustomer } from "@/lib/customers/ownership/rules";
import { ownershipTransferSchema } from "@/lib/customers/ownership/schemas";
import { recordEvent } from "@/lib/events/record";

const fieldError = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

/** The member `userId` as a new owner; anyone else is a field error on `toUserId`. */
export async function findEligibleOwner(orgId: string, userId: string) {
  const member = await db.member.findFirst({
    where: { organizationId: orgId, userId },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  if (!member || !isRole(member.role)) throw fieldError("toUserId", "Choose a member of your organization");
  if (!mayOwnCustomers(member.role)) throw fieldError("toUserId", "Viewers cannot own customers");
  return member.user;
}

export async function transferOwnership(ctx: Ctx, customerId: string, input: unknown): Promise<Customer> {
  assertCan(ctx, "customer:update");
  const { toUserId, reason } = parseWith(ownershipTransferSchema, input);
  const existing = await findCustomerInOrg(db, ctx.orgId, customerId);
  if (!mayTransferCustomer(ctx, existing)) {
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
    await recordEvent(tx, ctx, {
      type: "customer.ownership.transferred",
      resourceType: "customer",
      resourceId: existing.id,
      changed: ["ownerId"],
      extra: { fromUserId: existing.ownerId, toUserId: to.id },
    });
    return tx.customer.findUniqueOrThrow({ where: { id: existing.id, organizationId: ctx.orgId } });
  });
}
