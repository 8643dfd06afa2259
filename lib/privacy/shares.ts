import "server-only";
// Sharing a customer (visibility mode "own_and_shared", lib/privacy/visibility.ts): with one member or with a
// service center's members, until an optional day. Its owner or a manager shares it, lists and removes shares.
import { db, type Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { getOrgTimeZone } from "@/lib/org-time-zone";
import { customerShareInputSchema } from "@/lib/privacy/visibility-modes";
import { isUuid, parseWith } from "@/lib/validation";
import { startOfNextDayIn } from "@/lib/zoned-bounds";

/** Its owner shares a customer (staff and above), managers and above any customer. */
export function mayShareCustomer(ctx: Ctx, customer: { ownerId: string | null }): boolean {
  const owns = ctx.actor === "user" && ctx.userId !== null && customer.ownerId === ctx.userId;
  return can(ctx.role, "customer:update") && (owns || can(ctx.role, "customer:shareAny"));
}

const shareSelect = {
  id: true,
  customerId: true,
  expiresAt: true,
  createdAt: true,
  createdById: true,
  user: { select: { id: true, name: true } },
  serviceCenter: { select: { id: true, code: true, name: true } },
} satisfies Prisma.CustomerShareSelect;

type ShareRow = Prisma.CustomerShareGetPayload<{ select: typeof shareSelect }>;

/** A share as the dialog and the REST API show it. */
export type CustomerShare = ShareRow & { expired: boolean };

const toShare = (row: ShareRow, now = new Date()): CustomerShare => ({
  ...row,
  expired: row.expiresAt !== null && row.expiresAt <= now,
});

async function findShareableCustomer(ctx: Ctx, customerId: string) {
  assertCan(ctx, "customer:read");
  const customer = await findCustomerInOrg(db, ctx.orgId, customerId);
  if (!mayShareCustomer(ctx, customer)) {
    throw new AppError("FORBIDDEN", "Only the customer's owner or a manager can share it.");
  }
  return customer;
}

/** The customer's shares (live and expired), newest first. */
export async function listCustomerShares(ctx: Ctx, customerId: string): Promise<CustomerShare[]> {
  const customer = await findShareableCustomer(ctx, customerId);
  const rows = await db.customerShare.findMany({
    where: { organizationId: ctx.orgId, customerId: customer.id },
    select: shareSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map((row) => toShare(row));
}

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

/** The target must be the organization's: a member, or one of its service centers. */
async function assertTargetInOrg(ctx: Ctx, target: { userId?: string | null; serviceCenterId?: string | null }) {
  if (target.userId) {
    const member = await db.member.findFirst({
      where: { organizationId: ctx.orgId, userId: target.userId },
      select: { id: true },
    });
    if (!member) throw invalid("userId", "Choose a member of your organization");
  } else if (target.serviceCenterId) {
    const center = await db.serviceCenter.findFirst({
      where: { organizationId: ctx.orgId, id: target.serviceCenterId },
      select: { id: true },
    });
    if (!center) throw invalid("serviceCenterId", "Choose one of your service centers");
  }
}

/**
 * Shares the customer with a member or a service center until the end of `expiresOn` (in the organization's
 * time zone), or until removed. Sharing again with the same target replaces its expiry.
 */
export async function shareCustomer(ctx: Ctx, customerId: string, input: unknown): Promise<CustomerShare> {
  const customer = await findShareableCustomer(ctx, customerId);
  const { userId, serviceCenterId, expiresOn } = parseWith(customerShareInputSchema, input);
  await assertTargetInOrg(ctx, { userId, serviceCenterId });
  const expiresAt = expiresOn ? startOfNextDayIn(expiresOn, await getOrgTimeZone(ctx)) : null;
  if (expiresAt && expiresAt <= new Date()) {
    throw invalid("expiresOn", "The expiry day has passed: choose today or a later day");
  }
  const target = userId ? { userId } : { serviceCenterId: serviceCenterId! };
  const existing = await db.customerShare.findFirst({
    where: { organizationId: ctx.orgId, customerId: customer.id, ...target },
    select: { id: true },
  });
  const row = existing
    ? await db.customerShare.update({ where: { id: existing.id }, data: { expiresAt }, select: shareSelect })
    : await db.customerShare.create({
        data: { organizationId: ctx.orgId, customerId: customer.id, ...target, expiresAt, createdById: ctx.userId },
        select: shareSelect,
      });
  return toShare(row);
}

/** Removes one share of the customer; another customer's (or organization's) share is NOT_FOUND. */
export async function removeCustomerShare(ctx: Ctx, customerId: string, shareId: string): Promise<void> {
  const customer = await findShareableCustomer(ctx, customerId);
  const { count } = isUuid(shareId)
    ? await db.customerShare.deleteMany({ where: { id: shareId, organizationId: ctx.orgId, customerId: customer.id } })
    : { count: 0 };
  if (count === 0) throw notFound("Share");
}
