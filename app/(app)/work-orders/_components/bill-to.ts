// Who a new work order bills and why, from the picked asset's current customers and the form's choice:
// the one answer the Bill to block shows (the server resolves the same way: lib/work-orders/customer-resolution.ts).
import type { WorkOrderAssetCustomer, WorkOrderAssetInfo } from "@/lib/work-orders/asset-info";

export type BillTo =
  | { kind: "primary"; customer: WorkOrderAssetCustomer }
  | { kind: "chosen"; customer: WorkOrderAssetCustomer }
  /** No primary: nobody is billed unless a customer is chosen. */
  | { kind: "noPrimary" }
  /** No current customer at all: link one, or confirm opening without one. */
  | { kind: "noCustomer"; confirmed: boolean };

export function billToOf(
  asset: WorkOrderAssetInfo,
  choice: { customerId: string | null | undefined; withoutCustomer: boolean | undefined },
): BillTo {
  if (asset.customers.length === 0) return { kind: "noCustomer", confirmed: Boolean(choice.withoutCustomer) };
  const chosen = asset.customers.find((customer) => customer.id === choice.customerId);
  if (chosen && !chosen.isPrimary) return { kind: "chosen", customer: chosen };
  const primary = asset.customers.find((customer) => customer.isPrimary);
  return primary ? { kind: "primary", customer: primary } : { kind: "noPrimary" };
}

/**
 * The choice a form opened from a customer starts with: that customer when it is linked to the asset
 * but not its primary (the primary is billed by default anyway), else the default (null).
 */
export function startingCustomerId(asset: WorkOrderAssetInfo | null, customerId: string | undefined): string | null {
  const linked = asset?.customers.find((customer) => customer.id === customerId);
  return linked && !linked.isPrimary ? linked.id : null;
}
