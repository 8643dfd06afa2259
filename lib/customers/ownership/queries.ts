import "server-only";
// Customer ownership reads: a customer's transfer history and the members who may own customers.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { missingLabels } from "@/lib/activity/labels";
import { findUserRefs } from "@/lib/users/queries";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { mayOwnCustomers } from "@/lib/customers/ownership/rules";

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
  const users = await findUserRefs(
    db,
    transfers.flatMap((t) => [t.fromUserId, t.toUserId, t.byUserId]),
  );
  // A member removed since is still named as such, not mistaken for "no owner" or an integration.
  const resolve = (id: string | null) => (id ? (users.get(id) ?? { id, name: missingLabels.user }) : null);
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
  return members.filter((m) => mayOwnCustomers(m.role)).map((m) => m.user);
}
