// A customer's Work orders tab: the newest work orders billed to them, and "New work order" with
// their aircraft and vehicles first in the picker (the only one preselected).
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
      newHref={
        can(ctx.role, "workOrder:create") ? `/work-orders/new?customerId=${encodeURIComponent(customerId)}` : null
      }
      allHref={`/work-orders?customerId=${encodeURIComponent(customerId)}`}
    />
  );
}
