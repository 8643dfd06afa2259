"use client";
// The customer form's Commercial terms: tier (with the discount change it makes), type, credit limit,
// payment terms (presets or custom days), preferred shipping method and staff-only internal notes.
import * as React from "react";
import { useFormContext, useWatch } from "react-hook-form";
import {
  FormSection,
  LabelledField,
  SelectField,
  SelectOptions,
  TextareaField,
  TextField,
} from "@/components/form/fields";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { customerTypeOptions, paymentTermsPresets } from "@/lib/customers/terms";
import type { TierOption } from "@/lib/tiers/queries";
import type { CustomerFormValues } from "../customer-form-values";
import { TierChangeNote } from "./tier-change-note";

const CUSTOM = "custom";
const presetOptions = [
  ...paymentTermsPresets.map((preset) => ({ value: String(preset.days), label: preset.label })),
  { value: CUSTOM, label: "Custom…" },
];

function presetOf(days: string): string {
  if (days === "") return "";
  return paymentTermsPresets.some((preset) => String(preset.days) === days) ? days : CUSTOM;
}

/** A preset select; "Custom" reveals a days input. The form holds the days as text. */
function PaymentTermsField() {
  const { setValue, getFieldState, formState, register } = useFormContext<CustomerFormValues>();
  const days = String(useWatch<CustomerFormValues, "paymentTermsDays">({ name: "paymentTermsDays" }) ?? "");
  const [custom, setCustom] = React.useState(() => presetOf(days) === CUSTOM);
  const selected = custom ? CUSTOM : presetOf(days);
  const error = getFieldState("paymentTermsDays", formState).error;
  return (
    <>
      <LabelledField label="Payment terms" error={custom ? undefined : error}>
        <NativeSelect
          value={selected}
          onChange={(event) => {
            const next = event.target.value;
            setCustom(next === CUSTOM);
            if (next !== CUSTOM) setValue("paymentTermsDays", next, { shouldDirty: true, shouldValidate: true });
          }}
        >
          <SelectOptions options={presetOptions} blankLabel="Not set" />
        </NativeSelect>
      </LabelledField>
      {custom ? (
        <LabelledField
          label="Payment terms (days)"
          description="0 means due on receipt (COD); at most 365."
          error={error}
        >
          <Input inputMode="numeric" {...register("paymentTermsDays")} />
        </LabelledField>
      ) : null}
    </>
  );
}

export function CommercialTermsSection({
  tiers,
  initialTierId,
}: {
  tiers: TierOption[];
  initialTierId?: string | null;
}) {
  const currency = useWatch<CustomerFormValues, "currency">({ name: "currency" });
  const tierOptions = tiers.map((tier) => ({ value: tier.id, label: `${tier.name} (${tier.discountPercent}%)` }));
  return (
    <FormSection title="Commercial terms">
      <SelectField<CustomerFormValues> name="tierId" label="Tier" options={tierOptions} blankLabel="No tier" />
      <SelectField<CustomerFormValues> name="customerType" label="Customer type" options={customerTypeOptions} />
      {initialTierId !== undefined ? <TierChangeNote tiers={tiers} initialTierId={initialTierId} /> : null}
      <TextField<CustomerFormValues>
        name="creditLimit"
        label="Credit limit"
        inputMode="decimal"
        placeholder="25000.00"
        description={`In ${currency || "the customer's currency"}; at most two decimals.`}
      />
      <PaymentTermsField />
      <TextField<CustomerFormValues>
        name="preferredShippingMethod"
        label="Preferred shipping method"
        placeholder="UPS Ground, customer pickup…"
        autoComplete="off"
      />
      <TextareaField<CustomerFormValues>
        name="internalNotes"
        label="Internal notes (staff only)"
        className="sm:col-span-2"
      />
    </FormSection>
  );
}
