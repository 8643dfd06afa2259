"use client";

// Edit form for a work order: its own fields and, among the asset's current customers, who it bills.
// Saved with the version it was loaded at, so a concurrent change is refused rather than lost.
import * as React from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";

import { useIsHydrated } from "@/components/hooks/use-is-hydrated";
import { FormAlert } from "@/components/form/form-alert";
import { PageFormActions } from "@/components/form/form-actions";
import { SelectField } from "@/components/form/fields";
import { PageFormProvider } from "@/components/form/page-form-provider";
import { requiredFieldNames } from "@/components/form/required-fields";
import { applyActionError } from "@/lib/form-errors";
import { updateWorkOrderAction } from "@/lib/work-orders/actions";
import { workOrderPatchSchema, type WorkOrderPatch } from "@/lib/work-orders/schemas";
import { WorkOrderFields, type TechnicianOption, type WorkOrderDetailValues } from "./work-order-fields";

type EditValues = WorkOrderDetailValues & { customerId: string };

type WorkOrderEditFormProps = {
  id: string;
  version: number;
  technicians: TechnicianOption[];
  customerOptions: { value: string; label: string }[];
  defaultValues: EditValues;
};

export function WorkOrderEditForm({
  id,
  version,
  technicians,
  customerOptions,
  defaultValues,
}: WorkOrderEditFormProps) {
  const router = useRouter();
  const isHydrated = useIsHydrated();
  const [isPending, startTransition] = React.useTransition();
  const form = useForm<WorkOrderPatch>({
    resolver: zodResolver(workOrderPatchSchema, undefined, { raw: true }),
    defaultValues,
  });

  const required = React.useMemo(() => requiredFieldNames(workOrderPatchSchema, defaultValues), [defaultValues]);

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await updateWorkOrderAction({ ...values, id, version });
      if ("error" in result) return applyActionError(form, result.error);
      form.reset(values);
      toast.success("Work order updated");
      router.push(`/work-orders/${id}`);
    }),
  );

  return (
    <PageFormProvider form={form} required={required}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
        <section className="rounded-xl border bg-card p-5 shadow-xs">
          <SelectField<WorkOrderPatch>
            name="customerId"
            label="Customer"
            options={customerOptions}
            blankLabel="No customer"
            description="Only customers currently linked to the aircraft or vehicle can be billed."
          />
        </section>
        <section className="rounded-xl border bg-card p-5 shadow-xs">
          <WorkOrderFields technicians={technicians} />
        </section>
        <FormAlert message={form.formState.errors.root?.message} />
        <PageFormActions cancelHref={`/work-orders/${id}`} isPending={isPending} disabled={!isHydrated}>
          Save work order
        </PageFormActions>
      </form>
    </PageFormProvider>
  );
}
