// What a bulk action does to one locked customer row: skip it (with the reason) or change these
// fields. Pure, so the batch can judge every row in memory and write them all in one statement.
import { limits } from "@/lib/customers/fields";
import type { FieldChanges } from "@/lib/activity/record";
import type { Ctx } from "@/lib/auth/context";
import type { BulkPlan } from "@/lib/customers/bulk/plan";
import { mayTransferCustomer } from "@/lib/customers/ownership/rules";
import { customerStatusLabels } from "@/lib/customers/options";

export interface LockedRow {
  id: string;
  tags: string[];
  status: string;
  tierId: string | null;
  ownerId: string | null;
  archived: boolean;
}

export const skipReasons = {
  notFound: "Not found",
  archived: "Archived (restore it first)",
  alreadyArchived: "Already archived",
  unchanged: "Already as requested",
  notOwner: "Not your customer (only its owner or a manager can transfer it)",
  limited: "Limited details (not your customer and not shared with you)",
  tooManyTags: `Would have more than ${limits.tags} tags`,
} as const;

export type Decision = { skip: string } | { changes: FieldChanges; row: LockedRow };

const sameTag = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function decideTags(row: LockedRow, plan: BulkPlan): Decision {
  const { action } = plan;
  if (action.action !== "addTags" && action.action !== "removeTags") throw new Error("not a tag action");
  const tags =
    action.action === "addTags"
      ? [...row.tags, ...action.params.tags.filter((tag) => !row.tags.some((t) => sameTag(t, tag)))]
      : row.tags.filter((t) => !action.params.tags.some((tag) => sameTag(t, tag)));
  if (tags.length === row.tags.length) return { skip: skipReasons.unchanged };
  if (tags.length > limits.tags) return { skip: skipReasons.tooManyTags };
  return { changes: { tags: { from: row.tags, to: tags } }, row: { ...row, tags } };
}

export function decideRow(row: LockedRow, plan: BulkPlan, ctx: Ctx): Decision {
  const { action } = plan;
  if (action.action === "archive") {
    return row.archived ? { skip: skipReasons.alreadyArchived } : { changes: {}, row: { ...row, archived: true } };
  }
  if (row.archived) return { skip: skipReasons.archived };
  switch (action.action) {
    case "addTags":
    case "removeTags":
      return decideTags(row, plan);
    case "setStatus": {
      const { status } = action.params;
      if (row.status === status) return { skip: skipReasons.unchanged };
      return { changes: { status: { from: row.status, to: status } }, row: { ...row, status } };
    }
    case "setTier": {
      const { tierId } = action.params;
      if (row.tierId === tierId) return { skip: skipReasons.unchanged };
      return { changes: { tierId: { from: row.tierId, to: tierId } }, row: { ...row, tierId } };
    }
    case "transferOwner": {
      if (!mayTransferCustomer(ctx, row)) return { skip: skipReasons.notOwner };
      const { toUserId } = action.params;
      if (row.ownerId === toUserId) return { skip: skipReasons.unchanged };
      return { changes: { ownerId: { from: row.ownerId, to: toUserId } }, row: { ...row, ownerId: toUserId } };
    }
  }
}

/** The timeline line for a changed row. */
export function changeSummary(plan: BulkPlan): { action: string; summary: string } {
  const { action } = plan;
  switch (action.action) {
    case "addTags":
      return { action: "updated", summary: `Tags added (bulk): ${action.params.tags.join(", ")}` };
    case "removeTags":
      return { action: "updated", summary: `Tags removed (bulk): ${action.params.tags.join(", ")}` };
    case "setStatus":
      return { action: "updated", summary: `Status set to ${customerStatusLabels[action.params.status]} (bulk)` };
    case "setTier":
      return {
        action: "updated",
        summary: plan.targetName ? `Tier set to ${plan.targetName} (bulk)` : "Tier removed (bulk)",
      };
    case "transferOwner":
      return {
        action: "owner_changed",
        summary: `Ownership transferred to ${plan.targetName ?? "another member"} (bulk): ${action.params.reason}`,
      };
    case "archive":
      return { action: "archived", summary: "Customer archived (bulk)" };
  }
}
