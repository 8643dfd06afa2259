// Shared setup for the bulk-action tests: customers written fast, and reading them back.
import type { Ctx } from "@/lib/auth/context";
import { customerRowsForInsert } from "@/lib/customers/rows";
import type { CustomerInput } from "@/lib/customers/schemas";
import { runBulkAction, type BulkOutcome } from "@/lib/customers/bulk/run";
import type { BulkResult } from "@/lib/customers/bulk/schemas";
import { db } from "@/lib/db";
import { uniq } from "@/tests/factories";

export { makeCustomer, rejectionOf, setupOrg } from "../customers/helpers";

/** `n` customers in one insert (owned by `ownerId` when given); returns their ids in creation order. */
export async function makeCustomers(ctx: Ctx, n: number, overrides: CustomerInput & { ownerId?: string | null } = {}) {
  const { ownerId = null, ...input } = overrides;
  const prefix = uniq("Bulk ");
  const rows = customerRowsForInsert(
    ctx.orgId,
    Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${String(i).padStart(4, "0")}`, ...input })),
    ctx.userId,
  ).map((row) => ({ ...row, ownerId }));
  const created = await db.customer.createManyAndReturn({ data: rows, select: { id: true } });
  return created.map((row) => row.id);
}

export function resultOf(outcome: BulkOutcome): BulkResult {
  if (!("result" in outcome)) throw new Error("expected the bulk action to run inline");
  return outcome.result;
}

export const run = (
  ctx: Ctx,
  input: Parameters<typeof runBulkAction>[1],
  options?: Parameters<typeof runBulkAction>[2],
) => runBulkAction(ctx, input, options).then(resultOf);

export function customersById(ids: string[]) {
  return db.customer.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
}

export function activityOf(customerIds: string[]) {
  return db.activity.findMany({
    where: { customerId: { in: customerIds }, type: "change" },
    orderBy: { createdAt: "asc" },
  });
}
