"use client";

// The shared labelled inputs bound to the asset form's values, and its Active checkbox.
import {
  CheckboxField as BaseCheckboxField,
  SelectField as BaseSelectField,
  TextareaField as BaseTextareaField,
  TextField as BaseTextField,
} from "@/components/form/fields";
import type { AssetFormValues, AssetTextFieldName } from "./asset-form-values";

export { FormSection } from "@/components/form/fields";
export const TextField = BaseTextField<AssetFormValues, AssetTextFieldName>;
export const SelectField = BaseSelectField<AssetFormValues, AssetTextFieldName>;
export const TextareaField = BaseTextareaField<AssetFormValues, AssetTextFieldName>;

export function ActiveField({ description }: { description: string }) {
  return (
    <BaseCheckboxField<AssetFormValues>
      name="active"
      label="Active"
      description={description}
      className="gap-3 sm:col-span-2"
    />
  );
}
