// Who may transfer a customer's ownership: the one rule the Ownership card, the transfer mutation and
// the bulk transfer all apply.
import type { Ctx } from "@/lib/auth/context";
import { can, isRole } from "@/lib/auth/permissions";

/** The acting user owns the customer (an API key owns nothing, even one created by its owner). */
function ownsCustomer(ctx: Ctx, customer: { ownerId: string | null }): boolean {
  return ctx.actor === "user" && ctx.userId !== null && customer.ownerId === ctx.userId;
}

/** Staff may transfer the customers they own; managers and above any customer. */
export function mayTransferCustomer(ctx: Ctx, customer: { ownerId: string | null }): boolean {
  return can(ctx.role, "customer:update") && (ownsCustomer(ctx, customer) || can(ctx.role, "customer:transferAny"));
}

/** Members who may own customers: staff and above (viewers cannot work on them). */
export function mayOwnCustomers(role: string): boolean {
  return isRole(role) && can(role, "customer:update");
}
