"use client";

// Labelled inputs bound to the customer form by name, each showing its own inline error.
import * as React from "react";
import { Controller, useFormContext } from "react-hook-form";

import { Field, FieldControl, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { CustomerFormValues, CustomerTextFieldName } from "./customer-form-values";

type FieldProps = { name: CustomerTextFieldName; label: string; description?: string; className?: string };

function useFieldError(name: keyof CustomerFormValues) {
  const { formState } = useFormContext<CustomerFormValues>();
  return formState.errors[name];
}

export function FormSection({ title, children }: { title: string; children: React.ReactNode }) {
  const headingId = React.useId();
  return (
    <section aria-labelledby={headingId} className="rounded-xl border bg-card p-6 shadow-xs">
      <h2 id={headingId} className="mb-4 text-base font-semibold">
        {title}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </section>
  );
}

export function TextField({
  name,
  label,
  description,
  className,
  ...inputProps
}: FieldProps & Omit<React.ComponentProps<typeof Input>, "name">) {
  const { register } = useFormContext<CustomerFormValues>();
  const error = useFieldError(name);
  return (
    <Field className={className}>
      <FieldLabel>{label}</FieldLabel>
      <FieldControl>
        <Input {...inputProps} {...register(name)} />
      </FieldControl>
      {description ? <FieldDescription>{description}</FieldDescription> : null}
      <FieldError errors={[error]} />
    </Field>
  );
}

export function SelectField({
  name,
  label,
  options,
  blankLabel,
  className,
}: FieldProps & { options: ReadonlyArray<{ value: string; label: string }>; blankLabel?: string }) {
  const { register } = useFormContext<CustomerFormValues>();
  const error = useFieldError(name);
  return (
    <Field className={className}>
      <FieldLabel>{label}</FieldLabel>
      <FieldControl>
        <NativeSelect {...register(name)}>
          {blankLabel !== undefined ? <NativeSelectOption value="">{blankLabel}</NativeSelectOption> : null}
          {options.map((option) => (
            <NativeSelectOption key={option.value} value={option.value}>
              {option.label}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </FieldControl>
      <FieldError errors={[error]} />
    </Field>
  );
}

export function TextareaField({ name, label, className }: FieldProps) {
  const { register } = useFormContext<CustomerFormValues>();
  const error = useFieldError(name);
  return (
    <Field className={className}>
      <FieldLabel>{label}</FieldLabel>
      <FieldControl>
        <Textarea rows={4} className="min-h-24" {...register(name)} />
      </FieldControl>
      <FieldError errors={[error]} />
    </Field>
  );
}

function splitTags(text: string): string[] {
  return text
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** Tags typed as a comma-separated list; the text is kept as typed, the form holds the list. */
function TagsInput({ value, onChange, ...props }: Omit<React.ComponentProps<typeof Input>, "value" | "onChange"> & {
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
  const { control } = useFormContext<CustomerFormValues>();
  const error = useFieldError("tags");
  return (
    <Field className={className}>
      <FieldLabel>Tags</FieldLabel>
      <Controller
        control={control}
        name="tags"
        render={({ field }) => (
          <FieldControl>
            <TagsInput
              ref={field.ref}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              placeholder="charter, part-135"
            />
          </FieldControl>
        )}
      />
      <FieldDescription>Separate tags with commas.</FieldDescription>
      <FieldError errors={[error]} />
    </Field>
  );
}
