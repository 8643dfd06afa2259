"use client";

// The shared labelled inputs bound to the asset form's values, and its Active checkbox.
import * as React from "react";
import { Controller, useFormContext } from "react-hook-form";

import { Checkbox } from "@/components/ui/checkbox";
import {
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
  const { control } = useFormContext<AssetFormValues>();
  const id = React.useId();
  return (
    <Controller
      control={control}
      name="active"
      render={({ field }) => (
        <div className="flex items-start gap-3 sm:col-span-2">
          <Checkbox
            id={id}
            ref={field.ref}
            checked={field.value}
            onCheckedChange={(checked) => field.onChange(checked === true)}
            onBlur={field.onBlur}
          />
          <div className="flex flex-col gap-1">
            <label htmlFor={id} className="text-sm leading-none font-medium">
              Active
            </label>
            <p className="text-sm text-muted-foreground">{description}</p>
          </div>
        </div>
      )}
    />
  );
}
