import "server-only";
// Names for the list's record filters (`?customerId=`, `?assetId=`), shown as removable chips.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { assetLabel, assetLabelSelect } from "@/lib/assets/format";
import type { WorkOrderListParams } from "@/lib/work-orders/list-params";

export interface ListFilterLabel {
  key: "customerId" | "assetId";
  label: string;
}

/** A chip per active record filter; ids of other organizations simply match nothing. */
export async function describeRecordFilters(ctx: Ctx, params: WorkOrderListParams): Promise<ListFilterLabel[]> {
  assertCan(ctx, "workOrder:read");
  const [customers, assets] = await Promise.all([
    params.customerId.length > 0
      ? db.customer.findMany({
          where: { id: { in: params.customerId }, organizationId: ctx.orgId },
          select: { name: true },
        })
      : [],
    params.assetId.length > 0
      ? db.asset.findMany({
          where: { id: { in: params.assetId }, organizationId: ctx.orgId },
          select: assetLabelSelect,
        })
      : [],
  ]);
  const labels: ListFilterLabel[] = [];
  if (params.customerId.length > 0) {
    labels.push({ key: "customerId", label: `Customer: ${customers.map((c) => c.name).join(", ") || "unknown"}` });
  }
  if (params.assetId.length > 0) {
    labels.push({ key: "assetId", label: `Asset: ${assets.map((a) => assetLabel(a)).join(", ") || "unknown"}` });
  }
  return labels;
}
