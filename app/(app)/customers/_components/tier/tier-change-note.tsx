"use client";
// What a tier change does — the discount before and after — shown on the form as soon as the tier
// changes, and again in the confirmation asked for before the change is saved.
import { useWatch } from "react-hook-form";
import { ConfirmDialog } from "@/components/confirm-dialog";
import type { TierOption } from "@/lib/tiers/queries";
import type { CustomerFormValues } from "../customer-form-values";

const NO_DISCOUNT = "0.00";

export interface TierChange {
  from: string;
  to: string;
  discountBefore: string;
  discountAfter: string;
}

/** The change from `fromId` to `toId` (null: no tier), or null when the tier stays the same. */
export function describeTierChange(tiers: TierOption[], fromId: string | null, toId: string | null): TierChange | null {
  if ((fromId || null) === (toId || null)) return null;
  const byId = new Map(tiers.map((tier) => [tier.id, tier]));
  const before = fromId ? byId.get(fromId) : undefined;
  const after = toId ? byId.get(toId) : undefined;
  return {
    from: before?.name ?? "No tier",
    to: after?.name ?? "No tier",
    discountBefore: before?.discountPercent ?? NO_DISCOUNT,
    discountAfter: after?.discountPercent ?? NO_DISCOUNT,
  };
}

function Discount({ change }: { change: TierChange }) {
  return (
    <span className="font-medium tabular-nums">
      {change.discountBefore}% → {change.discountAfter}%
    </span>
  );
}

export function TierChangeNote({ tiers, initialTierId }: { tiers: TierOption[]; initialTierId: string | null }) {
  const tierId = useWatch<CustomerFormValues, "tierId">({ name: "tierId" }) || null;
  const change = describeTierChange(tiers, initialTierId, tierId);
  if (!change) return null;
  return (
    <p
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 sm:col-span-2 dark:bg-amber-950 dark:text-amber-100"
    >
      Tier change ({change.from} → {change.to}): Discount <Discount change={change} />. You confirm it when you save.
    </p>
  );
}

type ConfirmTierChangeProps = {
  change: TierChange | null;
  isPending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
};

/** Asked on save when the tier changed: names both tiers and the discount before and after. */
export function ConfirmTierChange({ change, isPending, onCancel, onConfirm }: ConfirmTierChangeProps) {
  return (
    <ConfirmDialog
      open={change !== null}
      onOpenChange={(open) => (open ? null : onCancel())}
      title="Change this customer's tier?"
      description={
        change ? (
          <>
            {change.from} → {change.to}. Discount: <Discount change={change} />.
          </>
        ) : null
      }
      confirmLabel="Change tier and save"
      isPending={isPending}
      onConfirm={onConfirm}
    />
  );
}
