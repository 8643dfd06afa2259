// Bulk-action test helpers: run an action inline, and read customers and their activity back.
import type { Ctx } from "@/lib/auth/context";
import { runBulkAction, type BulkOutcome } from "@/lib/customers/bulk/run";
import type { BulkResult } from "@/lib/customers/bulk/schemas";
import { db } from "@/lib/db";

function resultOf(outcome: BulkOutcome): BulkResult {
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
