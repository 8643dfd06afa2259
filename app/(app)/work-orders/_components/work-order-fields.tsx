"use client";

// The work order's own fields (type, priority, due date, lead technician, description), shared by
// the new and edit forms through react-hook-form's context.
import { useFormContext } from "react-hook-form";

import { Field, FieldControl, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { TechnicianOption } from "@/lib/work-orders/queries";
import { workOrderPriorityOptions, workOrderTypeOptions, type WorkOrderPriority, type WorkOrderType } from "@/lib/work-orders/options";

export interface WorkOrderDetailValues {
  type: WorkOrderType;
  priority: WorkOrderPriority;
  dueDate: string;
  leadTechnicianId: string;
  description: string;
}

export type { TechnicianOption };

export function WorkOrderFields({ technicians }: { technicians: TechnicianOption[] }) {
  const { register, formState } = useFormContext<WorkOrderDetailValues>();
  const { errors } = formState;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field>
        <FieldLabel>Type</FieldLabel>
        <FieldControl>
          <NativeSelect {...register("type")}>
            {workOrderTypeOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </NativeSelect>
        </FieldControl>
        <FieldError errors={[errors.type]} />
      </Field>
      <Field>
        <FieldLabel>Priority</FieldLabel>
        <FieldControl>
          <NativeSelect {...register("priority")}>
            {workOrderPriorityOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </NativeSelect>
        </FieldControl>
        <FieldError errors={[errors.priority]} />
      </Field>
      <Field>
        <FieldLabel>Due date</FieldLabel>
        <FieldControl>
          <Input type="date" {...register("dueDate")} />
        </FieldControl>
        <FieldError errors={[errors.dueDate]} />
      </Field>
      <Field>
        <FieldLabel>Lead technician</FieldLabel>
        <FieldControl>
          <NativeSelect {...register("leadTechnicianId")}>
            <option value="">Not assigned</option>
            {technicians.map((technician) => (
              <option key={technician.value} value={technician.value}>
                {technician.label}
              </option>
            ))}
          </NativeSelect>
        </FieldControl>
        <FieldError errors={[errors.leadTechnicianId]} />
      </Field>
      <Field className="sm:col-span-2">
        <FieldLabel>Description / squawks</FieldLabel>
        <FieldControl>
          <Textarea rows={5} placeholder="What the customer reports and what is to be done" {...register("description")} />
        </FieldControl>
        <FieldError errors={[errors.description]} />
      </Field>
    </div>
  );
}
