"use client";
// What every page form (customer, aircraft/vehicle, work order) is wrapped in, in place of
// react-hook-form's FormProvider: the form's context, its required fields (for the "*" markers) and
// the unsaved-changes guard.
import type * as React from "react";
import { FormProvider, type FieldValues, type UseFormReturn } from "react-hook-form";

import { RequiredFields } from "@/components/form/fields";
import { UnsavedChangesGuard } from "@/components/form/unsaved-changes";

type PageFormProviderProps<V extends FieldValues> = {
  form: UseFormReturn<V>;
  /** From requiredFieldNames(schema, values) (components/form/required-fields.ts). */
  required: ReadonlySet<string>;
  children: React.ReactNode;
};

export function PageFormProvider<V extends FieldValues>({ form, required, children }: PageFormProviderProps<V>) {
  return (
    <FormProvider {...form}>
      <UnsavedChangesGuard />
      <RequiredFields names={required}>{children}</RequiredFields>
    </FormProvider>
  );
}
