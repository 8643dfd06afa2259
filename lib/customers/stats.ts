import "server-only";
// The customer list's stat cards: totals by status and tier and new this month, for exactly the rows
// the list shows — one aggregate over the list's own SQL conditions, so the two can never disagree.
import { db, Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import type { CustomerListParams } from "@/lib/customers/list-params";
import { customerStatuses, type CustomerStatus } from "@/lib/customers/options";
import { customerListConditions } from "@/lib/customers/search-page";
import { getOrgTimeZone } from "@/lib/org-time-zone";
import { startOfMonthIn } from "@/lib/zoned-bounds";

interface TierStat {
  /** null: customers without a tier. */
  id: string | null;
  name: string;
  color: string | null;
  count: number;
}

export interface CustomerStats {
  total: number;
  byStatus: Record<CustomerStatus, number>;
  /** Every tier, highest first (zero counts included), then "No tier". */
  byTier: TierStat[];
  /** Created since the first of the current month, midnight in the organization's time zone. */
  newThisMonth: number;
  monthStart: Date;
  /** The organization's time zone, which the month starts in. */
  timeZone: string;
}

interface GroupRow {
  tier_id: string | null;
  total: number;
  active: number;
  inactive: number;
  suspended: number;
  blocked: number;
  new_this_month: number;
}

export async function getCustomerStats(
  ctx: Ctx,
  params: CustomerListParams,
  { now = new Date() }: { now?: Date } = {},
): Promise<CustomerStats> {
  assertCan(ctx, "customer:read");
  const timeZone = await getOrgTimeZone(ctx);
  const monthStart = startOfMonthIn(now, timeZone);
  const conditions = Prisma.join(customerListConditions(ctx, params), " AND ");
  const [groups, tiers] = await Promise.all([
    db.$queryRaw<GroupRow[]>`
      SELECT tier_id::text AS tier_id,
        count(*)::int AS total,
        count(*) FILTER (WHERE status = 'active')::int AS active,
        count(*) FILTER (WHERE status = 'inactive')::int AS inactive,
        count(*) FILTER (WHERE status = 'suspended')::int AS suspended,
        count(*) FILTER (WHERE status = 'blocked')::int AS blocked,
        count(*) FILTER (WHERE created_at >= ${monthStart})::int AS new_this_month
      FROM customer WHERE ${conditions}
      GROUP BY tier_id`,
    db.customerTier.findMany({
      where: { organizationId: ctx.orgId },
      select: { id: true, name: true, color: true },
      orderBy: [{ level: "asc" }, { name: "asc" }, { id: "asc" }],
    }),
  ]);
  const sum = (pick: (row: GroupRow) => number) => groups.reduce((total, row) => total + pick(row), 0);
  const countOf = (tierId: string | null) => groups.find((row) => row.tier_id === tierId)?.total ?? 0;
  return {
    total: sum((row) => row.total),
    byStatus: Object.fromEntries(customerStatuses.map((status) => [status, sum((row) => row[status])])) as Record<
      CustomerStatus,
      number
    >,
    byTier: [
      ...tiers.map((tier) => ({ ...tier, count: countOf(tier.id) })),
      { id: null, name: "No tier", color: null, count: countOf(null) },
    ],
    newThisMonth: sum((row) => row.new_this_month),
    monthStart,
    timeZone,
  };
}
