import "server-only";
// The customer list's advanced filters as SQL conditions on `customer`: created and last-activity date
// ranges, every tag, open work orders, current asset links and marketing consent. Each one is served by an index: the
// (organization_id, created_at) and (organization_id, last_activity_at) indexes, the tags GIN index, and
// partial indexes on work_order(customer_id) of open ones and asset_customer(customer_id) of current links, and
// the partial index of customers whose marketing consent is granted.
import { Prisma } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { CustomerListParams } from "@/lib/customers/list-params";
import { terminalStatuses } from "@/lib/work-orders/options";

/**
 * The first moment of a calendar day in the organization's time zone, worked out by PostgreSQL from the
 * stored zone (validated as an IANA name when it is set, lib/display-prefs.ts): one primary-key read the
 * planner runs once, so the column's index compares against a constant and no extra round trip is needed.
 * PostgreSQL, like lib/zoned-bounds.ts, starts a day whose midnight daylight saving time skips at 01:00.
 */
function startOfDay(ctx: Ctx, day: string, nextDay = false): Prisma.Sql {
  const date = nextDay ? Prisma.sql`(${day}::date + 1)` : Prisma.sql`${day}::date`;
  return Prisma.sql`(${date}::timestamp AT TIME ZONE (SELECT default_time_zone FROM organization WHERE id = ${ctx.orgId}))`;
}

/** `column` within the days `from`..`to` (both inclusive, either open). */
function dayRange(ctx: Ctx, column: string, from: string | null, to: string | null): Prisma.Sql[] {
  const key = Prisma.raw(column);
  return [
    ...(from ? [Prisma.sql`${key} >= ${startOfDay(ctx, from)}`] : []),
    ...(to ? [Prisma.sql`${key} < ${startOfDay(ctx, to, true)}`] : []),
  ];
}

/** A work order or quote billed to the customer that is not completed or void (as the customer's quick stats count). */
const openWorkOrder = Prisma.sql`EXISTS (
  SELECT 1 FROM work_order wo
  WHERE wo.customer_id = customer.id AND wo.organization_id = customer.organization_id
    AND wo.status NOT IN (${Prisma.join(terminalStatuses.map((status) => Prisma.sql`${status}::work_order_status`))}))`;

/** A current link to a non-archived asset (of `kind`, or of either kind), as the customer's quick stats count. */
function currentAsset(kind: "aircraft" | "vehicle" | null): Prisma.Sql {
  const ofKind = kind ? Prisma.sql`AND a.kind = ${kind}::asset_kind` : Prisma.empty;
  return Prisma.sql`EXISTS (
    SELECT 1 FROM asset_customer l JOIN asset a ON a.id = l.asset_id
    WHERE l.customer_id = customer.id AND l.organization_id = customer.organization_id
      AND l.status = 'current' AND a.archived_at IS NULL ${ofKind})`;
}

/** The advanced filters that are set, as conditions to AND with the list's others. */
export function advancedFilterConditions(ctx: Ctx, params: CustomerListParams): Prisma.Sql[] {
  const conditions = [
    ...dayRange(ctx, "created_at", params.createdFrom, params.createdTo),
    ...dayRange(ctx, "last_activity_at", params.activityFrom, params.activityTo),
  ];
  if (params.tag.length > 0 && params.tagMode === "all") conditions.push(Prisma.sql`tags @> ${params.tag}::text[]`);
  if (params.openWorkOrders === "yes") conditions.push(openWorkOrder);
  if (params.openWorkOrders === "no") conditions.push(Prisma.sql`NOT ${openWorkOrder}`);
  if (params.asset === "none") conditions.push(Prisma.sql`NOT ${currentAsset(null)}`);
  else if (params.asset) conditions.push(currentAsset(params.asset === "any" ? null : params.asset));
  // A literal, not a parameter, so the planner matches the partial index of consenting customers.
  if (params.marketingConsent === "yes") conditions.push(Prisma.sql`marketing_consent = 'granted'`);
  if (params.marketingConsent === "no") conditions.push(Prisma.sql`marketing_consent <> 'granted'`);
  return conditions;
}
