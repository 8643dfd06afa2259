"use client";
// Moves a work order to another status (staff and up); completed and void are final, so ask first.
import * as React from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { updateWorkOrderAction } from "@/lib/work-orders/actions";
import { isTerminalStatus, workOrderStatusOptions, type WorkOrderStatus } from "@/lib/work-orders/options";

type StatusControlProps = { id: string; version: number; status: WorkOrderStatus };

export function WorkOrderStatusControl({ id, version, status }: StatusControlProps) {
  const router = useRouter();
  const [next, setNext] = React.useState<WorkOrderStatus>(status);
  const [isPending, startTransition] = React.useTransition();
  const selectId = React.useId();

  const apply = () => {
    const label = workOrderStatusOptions.find((option) => option.value === next)?.label ?? next;
    if (isTerminalStatus(next) && !window.confirm(`Mark as ${label.toLowerCase()}? It can no longer be changed afterwards.`)) return;
    startTransition(async () => {
      const result = await updateWorkOrderAction({ id, version, status: next });
      if ("error" in result) {
        toast.error(result.error.message);
        return;
      }
      toast.success(`Status changed to ${label.toLowerCase()}`);
      router.refresh();
    });
  };

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={selectId} className="sr-only">
        Status
      </label>
      <NativeSelect id={selectId} size="sm" value={next} onChange={(event) => setNext(event.target.value as WorkOrderStatus)}>
        {workOrderStatusOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
      <Button type="button" size="sm" variant="outline" disabled={isPending || next === status} onClick={apply}>
        Change status
      </Button>
    </div>
  );
}
