"use client";
// Before saving a tier change, shows what it changes: the discount before and after.
import { useWatch } from "react-hook-form";
import type { TierOption } from "@/lib/tiers/queries";
import type { CustomerFormValues } from "../customer-form-values";

const NO_DISCOUNT = "0.00";

export function TierChangeNote({ tiers, initialTierId }: { tiers: TierOption[]; initialTierId: string | null }) {
  const tierId = useWatch<CustomerFormValues, "tierId">({ name: "tierId" }) || null;
  if (tierId === initialTierId) return null;
  const byId = new Map(tiers.map((tier) => [tier.id, tier]));
  const before = initialTierId ? byId.get(initialTierId) : undefined;
  const after = tierId ? byId.get(tierId) : undefined;
  return (
    <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 sm:col-span-2 dark:bg-amber-950 dark:text-amber-100">
      Tier change ({before?.name ?? "No tier"} → {after?.name ?? "No tier"}): Discount{" "}
      <span className="font-medium tabular-nums">
        {before?.discountPercent ?? NO_DISCOUNT}% → {after?.discountPercent ?? NO_DISCOUNT}%
      </span>
      . It applies once you save.
    </p>
  );
}
