import "server-only";
// Checks a bulk action once, before any row: the role may do it at all, and what it refers to (tier,
// new owner) exists in the organization. Rows are then judged one by one in the batch (apply.ts).
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { findEligibleOwner } from "@/lib/customers/ownership/mutations";
import { assertTierInOrg } from "@/lib/tiers/lookup";
import type { BulkAction } from "@/lib/customers/bulk/schemas";
import { bulkActionPermissions } from "@/lib/customers/rules";

export interface BulkPlan {
  action: BulkAction;
  /** setTier / transferOwner: the display name for the timeline. */
  targetName: string | null;
  /** Where the batches store what undo needs (lib/customers/bulk/undo.ts); null when it cannot be undone. */
  undoId: string | null;
}

export async function planBulkAction(
  ctx: Ctx,
  action: BulkAction,
  { undoId = null }: { undoId?: string | null } = {},
): Promise<BulkPlan> {
  for (const permission of bulkActionPermissions(action.action)) assertCan(ctx, permission);
  let targetName: string | null = null;
  if (action.action === "setTier" && action.params.tierId) {
    await assertTierInOrg(db, ctx.orgId, action.params.tierId);
    const tier = await db.customerTier.findFirstOrThrow({
      where: { id: action.params.tierId, organizationId: ctx.orgId },
    });
    targetName = tier.name;
  }
  if (action.action === "transferOwner") targetName = (await findEligibleOwner(ctx.orgId, action.params.toUserId)).name;
  return { action, targetName, undoId };
}
