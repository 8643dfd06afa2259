"use client";

// The shared labelled inputs bound to the asset form's values, and its Active checkbox.
import { CheckboxField, fieldsFor } from "@/components/form/fields";
import type { AssetFormValues, AssetTextFieldName } from "./asset-form-values";

export { FormSection } from "@/components/form/fields";
export const { TextField, SelectField, TextareaField } = fieldsFor<AssetFormValues, AssetTextFieldName>();

export function ActiveField({ description }: { description: string }) {
  return (
    <CheckboxField<AssetFormValues>
      name="active"
      label="Active"
      description={description}
      className="gap-3 sm:col-span-2"
    />
  );
}
