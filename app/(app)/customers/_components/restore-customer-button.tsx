"use client";

// The archived banner's Restore button.
import { ArchiveRestoreIcon, Loader2Icon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { restoreCustomerAction } from "@/lib/customers/actions";
import { useCustomerAction } from "./use-customer-action";

export function RestoreCustomerButton({ customerId }: { customerId: string }) {
  const { run, isPending } = useCustomerAction(restoreCustomerAction, "Customer restored");
  return (
    <Button variant="outline" size="sm" disabled={isPending} onClick={() => run(customerId)}>
      {isPending ? (
        <Loader2Icon className="animate-spin" aria-hidden="true" />
      ) : (
        <ArchiveRestoreIcon aria-hidden="true" />
      )}
      Restore
    </Button>
  );
}
