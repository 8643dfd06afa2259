import "server-only";
// Reads for the merge page: the customers side by side (each field group as text), the default choices,
// and the dry run's counts; and the survivor page's "X was merged into this customer" notice.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import type { Customer } from "@/lib/generated/prisma/client";
import { findCustomerInOrg, findSurvivorId } from "@/lib/customers/lookup";
import { customerKindLabels, customerStatusLabels } from "@/lib/customers/options";
import { customerTypeLabels } from "@/lib/customers/terms";
import { findUserRefs } from "@/lib/users/queries";
import { isUuid } from "@/lib/validation";
import { toDateText } from "@/lib/format";
import { planMerge } from "@/lib/customers/merge/mutations";
import type { MergePlan } from "@/lib/customers/merge/plan";
import {
  MAX_MERGED,
  mergeFieldGroupNames,
  mergeFieldGroups,
  type MergeFieldGroup,
} from "@/lib/customers/merge/schemas";

interface MergeCandidate {
  id: string;
  name: string;
  version: number;
  archived: boolean;
  /** Each field group as one line of text ("" when empty). */
  values: Record<MergeFieldGroup, string>;
}

export interface MergeComparison {
  customers: MergeCandidate[];
  plan: MergePlan;
  /** The aircraft and vehicles whose links move to the survivor. */
  movedAssets: { aircraft: number; vehicles: number };
}

function describeGroup(
  group: MergeFieldGroup,
  customer: Customer,
  names: { tiers: Map<string, string>; users: Map<string, string> },
): string {
  const record = customer as Record<string, unknown>;
  if (group === "shipping" && customer.shippingSameAsBilling) return "Same as billing";
  if (group === "tier") return customer.tierId ? (names.tiers.get(customer.tierId) ?? "") : "";
  if (group === "owner") return customer.ownerId ? (names.users.get(customer.ownerId) ?? "") : "";
  if (group === "status") return customerStatusLabels[customer.status];
  if (group === "customerType") return customerTypeLabels[customer.customerType];
  const parts = mergeFieldGroups[group]
    .filter((column) => column !== "shippingSameAsBilling")
    .map((column) => {
      const value = record[column];
      if (column === "kind") return customerKindLabels[customer.kind];
      if (value instanceof Date) return toDateText(value);
      if (value !== null && typeof value === "object" && "toFixed" in value) return String(value);
      return value === null || value === undefined ? "" : String(value);
    })
    .filter((text) => text !== "");
  // A name group reads "Company: Acme" rather than repeating the name's parts.
  if (group === "name") return `${parts[0]}: ${customer.name}`;
  return parts.join(", ");
}

/** The customers named by `ids` (the first is the proposed survivor), compared, with the dry run's counts. */
export async function getMergeComparison(ctx: Ctx, ids: string[]): Promise<MergeComparison> {
  assertCan(ctx, "customer:merge");
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))].filter(isUuid);
  if (unique.length < 2) throw new AppError("BAD_REQUEST", "Choose at least two customers to merge.");
  if (unique.length > MAX_MERGED + 1) throw new AppError("BAD_REQUEST", `Merge at most ${MAX_MERGED + 1} customers.`);
  const customers = await Promise.all(unique.map((id) => findCustomerInOrg(db, ctx.orgId, id)));
  const [tiers, users] = await Promise.all([
    db.customerTier.findMany({
      where: { organizationId: ctx.orgId, id: { in: customers.flatMap((c) => (c.tierId ? [c.tierId] : [])) } },
      select: { id: true, name: true },
    }),
    findUserRefs(
      db,
      customers.map((c) => c.ownerId),
    ),
  ]);
  const names = {
    tiers: new Map(tiers.map((tier) => [tier.id, tier.name])),
    users: new Map([...users].map(([id, user]) => [id, user.name])),
  };
  const plan = await planMerge(ctx, unique[0]!, { from: unique.slice(1) });
  const movedLinks = await db.assetCustomer.findMany({
    where: { organizationId: ctx.orgId, id: { in: plan.moves.assetLinks.rows.map((row) => row.id) } },
    select: { asset: { select: { kind: true } } },
  });
  const aircraft = movedLinks.filter((link) => link.asset.kind === "aircraft").length;
  return {
    movedAssets: { aircraft, vehicles: movedLinks.length - aircraft },
    customers: customers.map((customer) => ({
      id: customer.id,
      name: customer.name,
      version: customer.version,
      archived: customer.archivedAt !== null,
      values: Object.fromEntries(
        mergeFieldGroupNames.map((group) => [group, describeGroup(group, customer, names)]),
      ) as Record<MergeFieldGroup, string>,
    })),
    plan,
  };
}

/** The name of a customer merged (directly or through later merges) into `survivorId`, for its notice. */
export async function findMergedName(ctx: Ctx, mergedId: string, survivorId: string): Promise<string | null> {
  assertCan(ctx, "customer:read");
  if (!isUuid(mergedId)) return null;
  const merged = await db.customer.findFirst({
    where: { id: mergedId, organizationId: ctx.orgId, mergedIntoId: { not: null } },
    select: { name: true, mergedIntoId: true },
  });
  if (!merged?.mergedIntoId) return null;
  return (await findSurvivorId(db, ctx.orgId, merged.mergedIntoId)) === survivorId ? merged.name : null;
}
