"use client";
// Deletes a tier; when customers use it, first asks where they go (another tier or "No tier").
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { NativeSelect } from "@/components/ui/native-select";
import { LabelledField, SelectOptions } from "@/components/form/fields";
import { FormAlert } from "@/components/form/form-alert";
import { deleteTierAction } from "@/lib/tiers/actions";
import type { TierRow } from "@/lib/tiers/queries";

const NO_TIER = "none";

export function DeleteTierDialog({ tier, others }: { tier: TierRow; others: TierRow[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [moveTo, setMoveTo] = useState(NO_TIER);
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();
  const descriptionId = useId();
  // Customers assigned since the page loaded make the server ask where they go: ask here too, then.
  const [assignedMeanwhile, setAssignedMeanwhile] = useState(false);
  const inUse = tier.customerCount > 0 || assignedMeanwhile;
  const count = (n: number) => (n === 1 ? "1 customer" : `${n} customers`);
  const customers = assignedMeanwhile ? "customers" : count(tier.customerCount);

  function changeOpen(next: boolean) {
    setOpen(next);
    setError(undefined);
    setMoveTo(NO_TIER);
  }

  function confirm() {
    startTransition(async () => {
      const result = await deleteTierAction({
        id: tier.id,
        moveTo: inUse ? (moveTo === NO_TIER ? null : moveTo) : undefined,
      });
      if ("error" in result) {
        if (!inUse && result.error.fieldErrors?.moveTo) setAssignedMeanwhile(true);
        return setError(result.error.message);
      }
      toast.success(
        inUse ? `Tier ${tier.name} deleted; ${count(result.data.moved)} moved` : `Tier ${tier.name} deleted`,
      );
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Delete ${tier.name}`}>
          Delete
        </Button>
      </DialogTrigger>
      <DialogContent aria-describedby={descriptionId}>
        <DialogHeader>
          <DialogTitle>Delete tier {tier.name}?</DialogTitle>
          <DialogDescription id={descriptionId}>
            {assignedMeanwhile
              ? "Customers were added to this tier meanwhile. Choose where they go first."
              : inUse
                ? `${customers} in this tier must go to another tier first.`
                : "No customers use this tier."}
          </DialogDescription>
        </DialogHeader>
        {inUse ? (
          <LabelledField label={`Move its ${customers} to`}>
            <NativeSelect value={moveTo} onChange={(event) => setMoveTo(event.target.value)}>
              <SelectOptions
                options={[
                  { value: NO_TIER, label: "No tier" },
                  ...others.map((other) => ({ value: other.id, label: `${other.name} (${other.discountPercent}%)` })),
                ]}
              />
            </NativeSelect>
          </LabelledField>
        ) : null}
        <FormAlert message={error} />
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="button" variant="destructive" disabled={isPending} onClick={confirm}>
            Delete tier
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
