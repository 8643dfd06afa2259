"use client";

// Labelled inputs bound to the asset form by name, each showing its own inline error.
import * as React from "react";
import { Controller, useFormContext } from "react-hook-form";

import { Checkbox } from "@/components/ui/checkbox";
import { Field, FieldControl, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { AssetFormValues, AssetTextFieldName } from "./asset-form-values";

type FieldProps = { name: AssetTextFieldName; label: string; description?: React.ReactNode; className?: string };

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
  const { register, formState } = useFormContext<AssetFormValues>();
  return (
    <Field className={className}>
      <FieldLabel>{label}</FieldLabel>
      <FieldControl>
        <Input {...inputProps} {...register(name)} />
      </FieldControl>
      {description ? <FieldDescription>{description}</FieldDescription> : null}
      <FieldError errors={[formState.errors[name]]} />
    </Field>
  );
}

export function SelectField({
  name,
  label,
  options,
  blankLabel,
  className,
}: FieldProps & { options: ReadonlyArray<{ value: string; label: string }>; blankLabel: string }) {
  const { register, formState } = useFormContext<AssetFormValues>();
  return (
    <Field className={className}>
      <FieldLabel>{label}</FieldLabel>
      <FieldControl>
        <NativeSelect {...register(name)}>
          <NativeSelectOption value="">{blankLabel}</NativeSelectOption>
          {options.map((option) => (
            <NativeSelectOption key={option.value} value={option.value}>
              {option.label}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </FieldControl>
      <FieldError errors={[formState.errors[name]]} />
    </Field>
  );
}

export function TextareaField({ name, label, className }: FieldProps) {
  const { register, formState } = useFormContext<AssetFormValues>();
  return (
    <Field className={className}>
      <FieldLabel>{label}</FieldLabel>
      <FieldControl>
        <Textarea rows={4} className="min-h-24" {...register(name)} />
      </FieldControl>
      <FieldError errors={[formState.errors[name]]} />
    </Field>
  );
}

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
