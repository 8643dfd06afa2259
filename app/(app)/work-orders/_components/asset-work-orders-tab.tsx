// An aircraft's or vehicle's Work orders tab: its newest work orders and "New work order" for it.
import { can } from "@/lib/auth/permissions";
import { requireCtx } from "@/lib/auth/session";
import { listWorkOrdersForAsset } from "@/lib/work-orders/queries";
import { CompactWorkOrderList } from "./compact-work-order-list";

export async function AssetWorkOrdersTab({ assetId }: { assetId: string }) {
  const ctx = await requireCtx();
  const result = await listWorkOrdersForAsset(ctx, assetId);
  const query = `assetId=${encodeURIComponent(assetId)}`;
  return (
    <CompactWorkOrderList
      result={result}
      show="customer"
      newHref={can(ctx.role, "workOrder:create") ? `/work-orders/new?${query}` : null}
      allHref={`/work-orders?${query}`}
    />
  );
}
