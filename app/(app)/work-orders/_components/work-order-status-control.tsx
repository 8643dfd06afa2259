"use client";
// Moves a work order to another status (staff and up); completed and void are final, so confirm first.
import * as React from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { ConfirmDialog } from "@/components/confirm-dialog";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { updateWorkOrderAction } from "@/lib/work-orders/actions";
import {
  formatWorkOrderStatus,
  isTerminalStatus,
  workOrderStatusOptions,
  workOrderStatuses,
  type WorkOrderStatus,
} from "@/lib/work-orders/options";

type StatusControlProps = { id: string; version: number; status: WorkOrderStatus };

export function WorkOrderStatusControl({ id, version, status }: StatusControlProps) {
  const router = useRouter();
  const [next, setNext] = React.useState<WorkOrderStatus>(status);
  const [confirming, setConfirming] = React.useState(false);
  const [isPending, startTransition] = React.useTransition();
  const selectId = React.useId();
  const label = formatWorkOrderStatus(next);

  const apply = () =>
    startTransition(async () => {
      const result = await updateWorkOrderAction({ id, version, status: next });
      setConfirming(false);
      if ("error" in result) {
        toast.error(result.error.message);
        return;
      }
      toast.success(`Status changed to ${label}`);
      router.refresh();
    });

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={selectId} className="sr-only">
        New status
      </label>
      <NativeSelect
        id={selectId}
        size="sm"
        value={next}
        onChange={(event) => setNext(workOrderStatuses.find((value) => value === event.target.value) ?? status)}
      >
        {workOrderStatusOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
      <Button
        type="button"
        size="sm"
        variant="outline"
        disabled={isPending || next === status}
        onClick={() => (isTerminalStatus(next) ? setConfirming(true) : apply())}
      >
        Change status
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Mark this work order as ${label}?`}
        description="Completed and void work orders can no longer be changed."
        confirmLabel={`Mark as ${label}`}
        destructive={next === "void"}
        isPending={isPending}
        onConfirm={apply}
      />
    </div>
  );
}
