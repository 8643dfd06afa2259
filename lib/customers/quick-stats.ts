import "server-only";
// The numbers a customer's page header shows at a glance — work orders (all, open, the latest), the
// aircraft and vehicles it is currently linked to, and since when it is a customer — in one query.
import { db, Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { terminalStatuses } from "@/lib/work-orders/options";

export interface CustomerQuickStats {
  /** Work orders and quotes billed to the customer; open = not completed or void. */
  workOrders: { total: number; open: number; lastCreatedAt: Date | null };
  /** Assets with a current link to the customer, archived ones left out. */
  assets: { aircraft: number; vehicles: number };
  /** "Customer since" as entered (a calendar date), else null: see `createdAt`. */
  customerSince: Date | null;
  createdAt: Date;
}

interface Row {
  customer_since: Date | null;
  created_at: Date;
  work_orders: number;
  open_work_orders: number;
  last_work_order_at: Date | null;
  aircraft: number;
  vehicles: number;
}

export async function getCustomerQuickStats(ctx: Ctx, customerId: string): Promise<CustomerQuickStats> {
  assertCan(ctx, "customer:read");
  assertCan(ctx, "workOrder:read");
  assertCan(ctx, "asset:read");
  if (!isUuid(customerId)) throw notFound("Customer");
  const terminal = Prisma.join(terminalStatuses.map((status) => Prisma.sql`${status}::work_order_status`));
  const [row] = await db.$queryRaw<Row[]>`
    SELECT c.customer_since, c.created_at, w.work_orders, w.open_work_orders, w.last_work_order_at, a.aircraft, a.vehicles
    FROM customer c
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS work_orders,
             count(*) FILTER (WHERE wo.status NOT IN (${terminal}))::int AS open_work_orders,
             max(wo.created_at) AS last_work_order_at
      FROM work_order wo WHERE wo.organization_id = c.organization_id AND wo.customer_id = c.id
    ) w
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE asset.kind = 'aircraft')::int AS aircraft,
             count(*) FILTER (WHERE asset.kind = 'vehicle')::int AS vehicles
      FROM asset_customer link JOIN asset ON asset.id = link.asset_id
      WHERE link.organization_id = c.organization_id AND link.customer_id = c.id
        AND link.status = 'current' AND asset.archived_at IS NULL
    ) a
    WHERE c.organization_id = ${ctx.orgId} AND c.id = ${customerId}::uuid`;
  if (!row) throw notFound("Customer");
  return {
    workOrders: { total: row.work_orders, open: row.open_work_orders, lastCreatedAt: row.last_work_order_at },
    assets: { aircraft: row.aircraft, vehicles: row.vehicles },
    customerSince: row.customer_since,
    createdAt: row.created_at,
  };
}
