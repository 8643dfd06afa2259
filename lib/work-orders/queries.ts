import "server-only";
// Work order reads for the acting organization: the paged list, one work order with its live
// customer, and the compact lists on an asset's or a customer's page.
import { db, type Prisma } from "@/lib/db";
import { onReplica } from "@/lib/db/read-routing";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { normalizeSearchTerm } from "@/lib/search-text";
import { escapeLike } from "@/lib/list-params";
import { assetIdentitySelect } from "@/lib/assets/format";
import { assetSearchSelect } from "@/lib/work-orders/references";
import type { WorkOrderCustomerSnapshot } from "@/lib/work-orders/customer-resolution";
import { parseWorkOrderListParams, type WorkOrderListParams } from "@/lib/work-orders/list-params";
import { isUuid } from "@/lib/validation";
import { leadTechnicianRoles } from "@/lib/work-orders/rules";
import { getOrgToday } from "@/lib/org-time-zone";
import { resolveVisibility } from "@/lib/privacy/visibility";
import { maskCustomer, maskCustomerSnapshot } from "@/lib/privacy/masking";
import type { Option } from "@/lib/fields/options";
import { LIST_COUNT_CAP, cappedTotal, isReachablePage, listPageCount, type ListTotal } from "@/lib/list-total";

/** Only the columns the work orders table shows. */
const listSelect = {
  id: true,
  number: true,
  type: true,
  status: true,
  priority: true,
  dueDate: true,
  createdAt: true,
  customerName: true,
  customer: { select: { id: true, name: true } },
  asset: { select: assetIdentitySelect },
  serviceCenter: { select: { id: true, code: true } },
} satisfies Prisma.WorkOrderSelect;

export type WorkOrderListRow = Prisma.WorkOrderGetPayload<{ select: typeof listSelect }>;

/** A page of rows and how many match, counted up to the cap ("10,000+", lib/list-total.ts). */
export interface WorkOrderListResult extends ListTotal {
  rows: WorkOrderListRow[];
  pageCount: number;
  page: number;
  perPage: number;
  /** The organization's calendar day, for isWorkOrderOverdue. */
  today: string;
}

function buildListWhere(ctx: Ctx, params: WorkOrderListParams): Prisma.WorkOrderWhereInput {
  const where: Prisma.WorkOrderWhereInput = { organizationId: ctx.orgId };
  const term = normalizeSearchTerm(params.q).text;
  if (term) where.searchText = { contains: escapeLike(term) };
  if (params.status.length > 0) where.status = { in: params.status };
  if (params.type.length > 0) where.type = { in: params.type };
  if (params.customerId.length > 0) where.customerId = { in: params.customerId };
  if (params.assetId.length > 0) where.assetId = { in: params.assetId };
  if (params.serviceCenterId.length > 0) where.serviceCenterId = { in: params.serviceCenterId };
  return where;
}

export async function listWorkOrders(ctx: Ctx, params: WorkOrderListParams): Promise<WorkOrderListResult> {
  assertCan(ctx, "workOrder:read");
  return onReplica(async () => {
    const where = buildListWhere(ctx, params);
    const { column, direction } = params.sort;
    const [rows, counted, today] = await Promise.all([
      isReachablePage(params.page, params.perPage)
        ? db.workOrder.findMany({
            where,
            select: listSelect,
            orderBy: [{ [column]: direction }, { id: direction }],
            skip: (params.page - 1) * params.perPage,
            take: params.perPage,
          })
        : [],
      db.workOrder.count({ where, take: LIST_COUNT_CAP + 1 }),
      getOrgToday(ctx),
    ]);
    const total = cappedTotal(counted);
    const pageCount = listPageCount(total.total, params.perPage);
    return { rows, ...total, pageCount, page: params.page, perPage: params.perPage, today };
  });
}

/** The 25 newest work orders of one aircraft or vehicle (its Work orders tab), and the total. */
export function listWorkOrdersForAsset(ctx: Ctx, assetId: string): Promise<WorkOrderListResult> {
  return listWorkOrders(ctx, parseWorkOrderListParams({ assetId }));
}

/** The 25 newest work orders billed to one customer (its Work orders tab), and the total. */
export function listWorkOrdersForCustomer(ctx: Ctx, customerId: string): Promise<WorkOrderListResult> {
  return listWorkOrders(ctx, parseWorkOrderListParams({ customerId }));
}

const detailInclude = {
  customer: { select: { id: true, name: true, phone: true, email: true, archivedAt: true } },
  asset: { select: assetSearchSelect },
  serviceCenter: { select: { id: true, code: true, name: true, active: true } },
  leadTechnician: { select: { id: true, name: true } },
} satisfies Prisma.WorkOrderInclude;

type WorkOrderWithRelations = Prisma.WorkOrderGetPayload<{ include: typeof detailInclude }>;

export type WorkOrderDetail = Omit<WorkOrderWithRelations, "customerSnapshot" | "searchText"> & {
  /** The customer as billed when the work order was opened (or its customer last changed). */
  customerSnapshot: WorkOrderCustomerSnapshot | null;
};

/** One work order with the live customer record for its card, the asset, center and lead technician. */
export async function getWorkOrder(ctx: Ctx, id: string): Promise<WorkOrderDetail> {
  assertCan(ctx, "workOrder:read");
  return onReplica(async () => {
    const found = isUuid(id)
      ? await db.workOrder.findFirst({ where: { id, organizationId: ctx.orgId }, include: detailInclude })
      : null;
    if (!found) throw notFound("Work order");
    const { searchText: _searchText, customerSnapshot, ...workOrder } = found;
    return withVisibleCustomer(ctx, {
      ...workOrder,
      customerSnapshot: customerSnapshot as WorkOrderCustomerSnapshot | null,
    });
  });
}

/**
 * A work order as `ctx` may see it: the billed name and the asset stay usable, but the customer's contact
 * details (snapshot and live card) follow the visibility rule (lib/privacy/visibility.ts). Reads and the
 * answers of writes (REST create and update) alike.
 */
export async function withVisibleCustomer<
  T extends { customerId: string | null; customerSnapshot: unknown; customer?: object | null },
>(ctx: Ctx, workOrder: T): Promise<T> {
  const { customerId } = workOrder;
  if (!customerId || !(await resolveVisibility(ctx, [customerId])).isMasked(customerId)) return workOrder;
  const snapshot = workOrder.customerSnapshot as WorkOrderCustomerSnapshot | null;
  return {
    ...workOrder,
    ...(workOrder.customer && { customer: maskCustomer(workOrder.customer) }),
    customerSnapshot: snapshot && maskCustomerSnapshot(snapshot),
  };
}

export type TechnicianOption = Option<string>;

/** Members who can do the work (staff and above, not viewers), for the lead technician select. */
export async function listTechnicianOptions(ctx: Ctx): Promise<TechnicianOption[]> {
  assertCan(ctx, "workOrder:read");
  const members = await db.member.findMany({
    where: { organizationId: ctx.orgId, role: { in: leadTechnicianRoles } },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return members.map(({ user }) => ({ value: user.id, label: user.name }));
}
