"use client";

// The work order's own fields (type, priority, due date, lead technician, description), shared by
// the new and edit forms through react-hook-form's context.
import { SelectField, TextareaField, TextField } from "@/components/form/fields";
import type { TechnicianOption } from "@/lib/work-orders/queries";
import {
  workOrderPriorityOptions,
  workOrderTypeOptions,
  type WorkOrderPriority,
  type WorkOrderType,
} from "@/lib/work-orders/options";

export interface WorkOrderDetailValues {
  type: WorkOrderType;
  priority: WorkOrderPriority;
  dueDate: string;
  leadTechnicianId: string;
  description: string;
}

export type { TechnicianOption };

export function WorkOrderFields({ technicians }: { technicians: TechnicianOption[] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField<WorkOrderDetailValues> name="type" label="Type" options={workOrderTypeOptions} />
      <SelectField<WorkOrderDetailValues> name="priority" label="Priority" options={workOrderPriorityOptions} />
      <TextField<WorkOrderDetailValues> name="dueDate" label="Due date" type="date" />
      <SelectField<WorkOrderDetailValues>
        name="leadTechnicianId"
        label="Lead technician"
        options={technicians}
        blankLabel="Not assigned"
      />
      <TextareaField<WorkOrderDetailValues>
        name="description"
        label="Description / squawks"
        rows={5}
        placeholder="What the customer reports and what is to be done"
        className="sm:col-span-2"
      />
    </div>
  );
}
