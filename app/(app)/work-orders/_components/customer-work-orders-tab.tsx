// A customer's Work orders tab: the newest work orders billed to them (new ones start from an asset).
import { can } from "@/lib/auth/permissions";
import { requireCtx } from "@/lib/auth/session";
import { listWorkOrdersForCustomer } from "@/lib/work-orders/queries";
import { CompactWorkOrderList } from "./compact-work-order-list";

export async function CustomerWorkOrdersTab({ customerId }: { customerId: string }) {
  const ctx = await requireCtx();
  const result = await listWorkOrdersForCustomer(ctx, customerId);
  return (
    <CompactWorkOrderList
      result={result}
      show="asset"
      newHref={can(ctx.role, "workOrder:create") ? "/work-orders/new" : null}
      allHref={`/work-orders?customerId=${encodeURIComponent(customerId)}`}
    />
  );
}
