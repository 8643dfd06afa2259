"use client";
// The customer form's Shipping section: "Same as billing" (the address above) hides the shipping fields.
import { useFormContext, useWatch } from "react-hook-form";
import { FormSection, SelectField, TextField } from "@/components/form/fields";
import { useDisplayPrefs } from "@/components/display-prefs";
import { listCountryOptions } from "@/lib/fields/countries";
import type { CustomerFormValues } from "../customer-form-values";

export function ShippingSection() {
  const { locale } = useDisplayPrefs();
  const { register } = useFormContext<CustomerFormValues>();
  const sameAsBilling =
    useWatch<CustomerFormValues, "shippingSameAsBilling">({ name: "shippingSameAsBilling" }) ?? true;
  return (
    <FormSection title="Shipping address">
      {/* A native checkbox, like the Kind radios: it needs no layout observers and submits a boolean. */}
      <label className="flex items-center gap-2 text-sm font-medium sm:col-span-2">
        <input type="checkbox" className="size-4 accent-primary" {...register("shippingSameAsBilling")} />
        Same as billing address
      </label>
      {sameAsBilling ? null : (
        <>
          <TextField<CustomerFormValues>
            name="shippingLine1"
            label="Shipping address line 1"
            autoComplete="off"
            className="sm:col-span-2"
          />
          <TextField<CustomerFormValues>
            name="shippingLine2"
            label="Shipping address line 2"
            autoComplete="off"
            className="sm:col-span-2"
          />
          <TextField<CustomerFormValues> name="shippingCity" label="Shipping city" autoComplete="off" />
          <TextField<CustomerFormValues> name="shippingRegion" label="Shipping state / province" autoComplete="off" />
          <TextField<CustomerFormValues> name="shippingPostalCode" label="Shipping postal code" autoComplete="off" />
          <SelectField<CustomerFormValues>
            name="shippingCountry"
            label="Shipping country"
            options={listCountryOptions(locale)}
            blankLabel="Billing country"
          />
        </>
      )}
    </FormSection>
  );
}
