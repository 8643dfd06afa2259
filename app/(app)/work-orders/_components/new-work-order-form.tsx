"use client";

// New work order: pick the center and the aircraft/vehicle (searchable; opened from a customer, theirs
// first), see who it bills and why at once, then the work order's own fields. The server numbers it
// and resolves the customer again itself.
import * as React from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";

import { AsyncCombobox, type ComboboxOption } from "@/components/async-combobox";
import { useIsHydrated } from "@/components/hooks/use-is-hydrated";
import { FormAlert } from "@/components/form/form-alert";
import { PageFormActions } from "@/components/form/form-actions";
import { LabelledField, SelectField } from "@/components/form/fields";
import { PageFormProvider } from "@/components/form/page-form-provider";
import { requiredFieldNames } from "@/components/form/required-fields";
import { applyActionError } from "@/lib/form-errors";
import type { WorkOrderAssetInfo } from "@/lib/work-orders/asset-info";
import type { WorkOrderStartCustomer } from "@/lib/work-orders/new-work-order";
import {
  createWorkOrderAction,
  loadWorkOrderAssetAction,
  searchWorkOrderAssetsAction,
} from "@/lib/work-orders/actions";
import { workOrderInputSchema, type WorkOrderInput } from "@/lib/work-orders/schemas";
import { startingCustomerId } from "./bill-to";
import { BillToField } from "./bill-to-field";
import { WorkOrderFields, type TechnicianOption } from "./work-order-fields";

type NewWorkOrderFormProps = {
  centers: { id: string; code: string; name: string }[];
  technicians: TechnicianOption[];
  initialAsset: WorkOrderAssetInfo | null;
  /** The customer whose page the form was opened from: their assets first, billed when linked. */
  startCustomer: WorkOrderStartCustomer | null;
};

export function NewWorkOrderForm({ centers, technicians, initialAsset, startCustomer }: NewWorkOrderFormProps) {
  const router = useRouter();
  const isHydrated = useIsHydrated();
  const [isPending, startTransition] = React.useTransition();
  const [asset, setAsset] = React.useState<WorkOrderAssetInfo | null>(initialAsset);
  const [loadingAsset, setLoadingAsset] = React.useState(false);
  const latestPick = React.useRef(0);
  const activeCenter = (id: string | null | undefined) => centers.find((center) => center.id === id)?.id;
  const form = useForm<WorkOrderInput>({
    resolver: zodResolver(workOrderInputSchema, undefined, { raw: true }),
    defaultValues: {
      serviceCenterId:
        activeCenter(initialAsset?.homeServiceCenterId) ?? (centers.length === 1 ? centers[0]?.id : undefined) ?? "",
      assetId: initialAsset?.id ?? "",
      customerId: startingCustomerId(initialAsset, startCustomer?.id),
      withoutCustomer: false,
      type: "work_order",
      priority: "normal",
      dueDate: "",
      leadTechnicianId: "",
      description: "",
    },
  });
  const { errors } = form.formState;
  const startCustomerId = startCustomer?.id;
  const searchAssets = React.useCallback(
    async (q: string): Promise<ComboboxOption[]> => {
      const result = await searchWorkOrderAssetsAction({ q, customerId: startCustomerId });
      if ("error" in result) throw new Error(result.error.message);
      return result.data;
    },
    [startCustomerId],
  );
  const [required] = React.useState(() => requiredFieldNames(workOrderInputSchema, form.getValues()));

  async function pickAsset(option: ComboboxOption | null) {
    const pick = ++latestPick.current;
    form.setValue("assetId", option?.value ?? "", { shouldValidate: form.formState.isSubmitted, shouldDirty: true });
    form.setValue("customerId", null);
    form.setValue("withoutCustomer", false);
    setAsset(null);
    if (!option) return;
    setLoadingAsset(true);
    const result = await loadWorkOrderAssetAction({ assetId: option.value });
    if (pick !== latestPick.current) return;
    setLoadingAsset(false);
    if ("error" in result) return applyActionError(form, result.error);
    setAsset(result.data);
    form.setValue("customerId", startingCustomerId(result.data, startCustomerId));
    // The asset's home center is the default, unless a center was already chosen by hand.
    const home = activeCenter(result.data.homeServiceCenterId);
    if (home && !form.getFieldState("serviceCenterId").isDirty) form.setValue("serviceCenterId", home);
  }

  const onSubmit = form.handleSubmit((values) => {
    startTransition(async () => {
      const result = await createWorkOrderAction(values);
      if ("error" in result) return applyActionError(form, result.error);
      form.reset(values);
      toast.success(`Work order ${result.data.number} created`);
      router.push(`/work-orders/${result.data.id}`);
    });
  });

  const assetValue = asset ? { value: asset.id, label: asset.label } : null;
  const centerOptions = centers.map((center) => ({ value: center.id, label: `${center.code} · ${center.name}` }));

  return (
    <PageFormProvider form={form} required={required}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
        <section className="grid gap-4 rounded-xl border bg-card p-5 shadow-xs sm:grid-cols-2">
          <LabelledField
            label="Aircraft or vehicle"
            description={startCustomer ? `${startCustomer.name}'s aircraft and vehicles are listed first.` : undefined}
            error={errors.assetId}
            required={required.has("assetId")}
          >
            <AsyncCombobox
              label="Aircraft or vehicle"
              value={assetValue}
              onChange={pickAsset}
              search={searchAssets}
              placeholder="Search registration, VIN, make or model…"
              emptyMessage="No aircraft or vehicle matches."
              invalid={Boolean(errors.assetId)}
            />
          </LabelledField>
          <SelectField<WorkOrderInput>
            name="serviceCenterId"
            label="Service center"
            options={centerOptions}
            blankLabel="Choose a service center"
          />
          <div className="sm:col-span-2">
            <BillToField asset={asset} loading={loadingAsset} />
          </div>
        </section>
        <section className="rounded-xl border bg-card p-5 shadow-xs">
          <WorkOrderFields technicians={technicians} />
        </section>
        <FormAlert message={errors.root?.message} />
        <PageFormActions cancelHref="/work-orders" isPending={isPending} disabled={!isHydrated}>
          Create work order
        </PageFormActions>
      </form>
    </PageFormProvider>
  );
}
