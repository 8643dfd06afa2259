"use client";

// Labelled react-hook-form inputs bound by field name, each showing its own inline error; a form's
// field file binds them to its values type (e.g. `TextField<AssetFormValues, AssetTextFieldName>`).
import * as React from "react";
import { useFormContext, type FieldValues, type Path } from "react-hook-form";

import { Field, FieldControl, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";

type FieldProps<N> = { name: N; label: string; description?: React.ReactNode; className?: string };

function useFieldError<T extends FieldValues>(name: Path<T>) {
  const { getFieldState, formState } = useFormContext<T>();
  return getFieldState(name, formState).error;
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

export function TextField<T extends FieldValues, N extends Path<T> = Path<T>>({
  name,
  label,
  description,
  className,
  ...inputProps
}: FieldProps<N> & Omit<React.ComponentProps<typeof Input>, "name">) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
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

export function SelectField<T extends FieldValues, N extends Path<T> = Path<T>>({
  name,
  label,
  options,
  blankLabel,
  className,
}: FieldProps<N> & { options: ReadonlyArray<{ value: string; label: string }>; blankLabel?: string }) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
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

/** A notes-sized textarea (four rows, at least 6rem high). */
export function TextareaField<T extends FieldValues, N extends Path<T> = Path<T>>({
  name,
  label,
  className,
}: Omit<FieldProps<N>, "description">) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
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
