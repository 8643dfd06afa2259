"use client";

// "Merge with…" from a customer's Actions menu: pick the duplicate with the customer picker, then compare
// the two on the merge page (this customer first, as the proposed survivor).
import * as React from "react";
import { useRouter } from "next/navigation";

import { AsyncCombobox, type ComboboxOption } from "@/components/async-combobox";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { searchCustomerOptionsAction } from "@/lib/asset-links/actions";

type MergeWithDialogProps = {
  customer: { id: string; name: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

export function MergeWithDialog({ customer, open, onOpenChange }: MergeWithDialogProps) {
  const router = useRouter();
  const [picked, setPicked] = React.useState<ComboboxOption | null>(null);
  const search = React.useCallback(
    async (q: string) => {
      const result = await searchCustomerOptionsAction({ q });
      if ("error" in result) throw new Error(result.error.message);
      return result.data.filter((option) => option.value !== customer.id);
    },
    [customer.id],
  );
  const compare = () => {
    if (picked) router.push(`/customers/merge?ids=${customer.id},${picked.value}`);
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Merge {customer.name} with…</DialogTitle>
          <DialogDescription>
            Choose the duplicate. You compare the two and choose which values to keep before anything is merged.
          </DialogDescription>
        </DialogHeader>
        <div className="flex flex-col gap-2">
          <label htmlFor="merge-with-picker" className="text-sm font-medium">
            Duplicate customer
          </label>
          <AsyncCombobox
            id="merge-with-picker"
            label="Duplicate customer"
            value={picked}
            onChange={setPicked}
            search={search}
            placeholder="Choose a customer…"
            emptyMessage="No other customer matches."
            required
          />
        </div>
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button disabled={!picked} onClick={compare}>
            Compare
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
