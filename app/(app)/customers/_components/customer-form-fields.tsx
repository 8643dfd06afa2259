"use client";

// The shared labelled inputs bound to the customer form's values, and its comma-separated Tags input.
import * as React from "react";
import { Controller, useFormContext } from "react-hook-form";

import { fieldsFor, LabelledField } from "@/components/form/fields";
import { Input } from "@/components/ui/input";
import type { CustomerFormValues, CustomerTextFieldName } from "./customer-form-values";

export { FormSection } from "@/components/form/fields";
export const { TextField, SelectField, TextareaField } = fieldsFor<CustomerFormValues, CustomerTextFieldName>();

function splitTags(text: string): string[] {
  return text
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** Tags typed as a comma-separated list; the text is kept as typed, the form holds the list. */
function TagsInput({
  value,
  onChange,
  ...props
}: Omit<React.ComponentProps<typeof Input>, "value" | "onChange"> & {
  value: string[] | null | undefined;
  onChange: (tags: string[]) => void;
}) {
  const [text, setText] = React.useState(() => (value ?? []).join(", "));
  return (
    <Input
      {...props}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(splitTags(event.target.value));
      }}
    />
  );
}

export function TagsField({ className }: { className?: string }) {
  const { control, getFieldState, formState } = useFormContext<CustomerFormValues>();
  const { error } = getFieldState("tags", formState);
  return (
    <Controller
      control={control}
      name="tags"
      render={({ field }) => (
        <LabelledField label="Tags" description="Separate tags with commas." error={error} className={className}>
          <TagsInput
            ref={field.ref}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            placeholder="charter, part-135"
          />
        </LabelledField>
      )}
    />
  );
}
