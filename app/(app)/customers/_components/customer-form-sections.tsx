"use client";

// The customer form's sections: Identity, Contact, Address, Preferences, Consent and Other.
import { useFormContext, useWatch } from "react-hook-form";

import { FieldError } from "@/components/ui/field";
import { useDisplayPrefs } from "@/components/display-prefs";
import { listCountryOptions } from "@/lib/fields/countries";
import { customerKindOptions, customerStatusOptions, phoneTypeOptions } from "@/lib/customers/options";
import { FormSection, SelectField, TagsField, TextareaField, TextField } from "./customer-form-fields";
import type { CustomerFormValues } from "./customer-form-values";
import { ConsentFields } from "./consent-fields";

function KindField() {
  const { register, formState } = useFormContext<CustomerFormValues>();
  return (
    <fieldset className="flex flex-col gap-2 sm:col-span-2">
      <legend className="mb-2 text-sm leading-none font-medium">Kind</legend>
      <div className="flex gap-6">
        {customerKindOptions.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="radio" value={option.value} className="size-4 accent-primary" {...register("kind")} />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError errors={[formState.errors.kind]} />
    </fieldset>
  );
}

export function IdentitySection() {
  const kind = useWatch<CustomerFormValues, "kind">({ name: "kind" });
  const isPerson = kind === "person";
  return (
    <FormSection title="Identity">
      <KindField />
      {isPerson ? (
        <>
          <TextField name="firstName" label="First name" autoComplete="off" />
          <TextField name="lastName" label="Last name" autoComplete="off" />
          <TextField name="dateOfBirth" label="Date of birth" type="date" min="1900-01-01" autoComplete="off" />
        </>
      ) : null}
      <TextField
        name="name"
        label="Name"
        autoComplete="off"
        description={isPerson ? "Optional: leave blank to use the first and last name." : undefined}
      />
      <TextField name="displayName" label="Display name" autoComplete="off" />
      <TextField name="accountNumber" label="Account number" autoComplete="off" />
      <SelectField name="status" label="Status" options={customerStatusOptions} />
      <TextField name="taxId" label="Tax ID" autoComplete="off" />
    </FormSection>
  );
}

export function ContactSection() {
  return (
    <FormSection title="Contact">
      <TextField name="email" label="Email" type="email" autoComplete="off" className="sm:col-span-2" />
      <TextField name="phone" label="Phone" type="tel" autoComplete="off" />
      <SelectField name="phoneType" label="Phone type" options={phoneTypeOptions} blankLabel="—" />
      <TextField name="secondaryPhone" label="Secondary phone" type="tel" autoComplete="off" />
      <SelectField name="secondaryPhoneType" label="Secondary phone type" options={phoneTypeOptions} blankLabel="—" />
      <TextField name="website" label="Website" inputMode="url" autoComplete="off" className="sm:col-span-2" />
    </FormSection>
  );
}

export function AddressSection() {
  const { locale } = useDisplayPrefs();
  return (
    <FormSection title="Address">
      <TextField name="addressLine1" label="Address line 1" autoComplete="off" className="sm:col-span-2" />
      <TextField name="addressLine2" label="Address line 2" autoComplete="off" className="sm:col-span-2" />
      <TextField name="city" label="City" autoComplete="off" />
      <TextField name="region" label="State / province" autoComplete="off" />
      <TextField name="postalCode" label="Postal code" autoComplete="off" />
      <SelectField name="country" label="Country" options={listCountryOptions(locale)} blankLabel="—" />
    </FormSection>
  );
}

export function PreferencesSection() {
  return (
    <FormSection title="Preferences">
      <TextField name="currency" label="Currency" placeholder="USD" maxLength={3} />
      <TextField name="language" label="Language" placeholder="en-US" />
    </FormSection>
  );
}

export function ConsentSection() {
  return (
    <FormSection title="Consent & preferences">
      <ConsentFields<CustomerFormValues> idPrefix="customer" />
    </FormSection>
  );
}

export function OtherSection() {
  return (
    <FormSection title="Other">
      <TagsField className="sm:col-span-2" />
      <TextField name="source" label="Source" placeholder="Referral, website, trade show…" />
      <TextField
        name="customerSince"
        label="Customer since"
        type="date"
        min="1900-01-01"
        description="When the relationship began."
      />
      <TextareaField name="notes" label="Notes" className="sm:col-span-2" />
    </FormSection>
  );
}
