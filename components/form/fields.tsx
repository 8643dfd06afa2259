"use client";

// Labelled inputs: LabelledField wraps any one control with its label, description and error; the
// others are react-hook-form inputs bound by field name, each showing its own inline error (a form's
// field file binds them to its values type, e.g. `TextField<AssetFormValues, AssetTextFieldName>`).
// A required field shows "*" after its label and tells assistive technology (aria-required); the
// bound fields know they are required from the RequiredFields around the form (required-fields.ts).
import * as React from "react";
import { Controller, useFormContext, type FieldValues, type Path } from "react-hook-form";

import { Checkbox } from "@/components/ui/checkbox";
import { Field, FieldControl, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils";

type FieldProps<N> = { name: N; label: string; description?: React.ReactNode; className?: string };

const RequiredFieldsContext = React.createContext<ReadonlySet<string>>(new Set());

/** The form's required field names (from requiredFieldNames), for the bound fields inside it. */
export function RequiredFields({ names, children }: { names: ReadonlySet<string>; children: React.ReactNode }) {
  return <RequiredFieldsContext.Provider value={names}>{children}</RequiredFieldsContext.Provider>;
}

/** Whether the named field of the surrounding form is required. */
function useIsRequired(name: string): boolean {
  return React.useContext(RequiredFieldsContext).has(name);
}

/**
 * A field's label, followed by a visual "*" when required (outside the label, so the field's name stays
 * its label text; screen readers hear "required" from the control's aria-required instead).
 */
export function FieldLabelMarked({
  required,
  htmlFor,
  children,
}: {
  required: boolean;
  htmlFor?: string;
  children: React.ReactNode;
}) {
  const label = <FieldLabel htmlFor={htmlFor}>{children}</FieldLabel>;
  if (!required) return label;
  return (
    <div className="flex items-center gap-1">
      {label}
      <span aria-hidden="true" className="text-sm leading-none font-medium text-destructive">
        *
      </span>
    </div>
  );
}

type LabelledFieldProps = {
  label: React.ReactNode;
  description?: React.ReactNode;
  error?: { message?: string };
  className?: string;
  /** The control's id (generated when omitted). */
  id?: string;
  /** Shown beside the control, such as a Copy or Generate button. */
  addon?: React.ReactNode;
  required?: boolean;
  /** The one control: it receives the id, aria-invalid, aria-describedby and aria-required. */
  children: React.ReactElement;
};

export function LabelledField({
  label,
  description,
  error,
  className,
  id,
  addon,
  required = false,
  children,
}: LabelledFieldProps) {
  const control = <FieldControl aria-required={required || undefined}>{children}</FieldControl>;
  // Invalid in the same render as the message appears, not one effect later.
  return (
    <Field className={className} controlId={id} invalid={Boolean(error?.message)}>
      <FieldLabelMarked required={required}>{label}</FieldLabelMarked>
      {addon ? (
        <div className="flex w-full gap-2">
          {control}
          {addon}
        </div>
      ) : (
        control
      )}
      {description ? <FieldDescription>{description}</FieldDescription> : null}
      <FieldError errors={[error]} />
    </Field>
  );
}

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
  inputClassName,
  addon,
  ...inputProps
}: FieldProps<N> & { inputClassName?: string; addon?: React.ReactNode } & Omit<
    React.ComponentProps<typeof Input>,
    "name" | "className"
  >) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  const required = useIsRequired(name);
  return (
    <LabelledField
      label={label}
      description={description}
      error={error}
      className={className}
      addon={addon}
      required={required}
    >
      <Input className={inputClassName} {...inputProps} {...register(name)} />
    </LabelledField>
  );
}

export type SelectOption = { value: string; label: string };

/** A native select's options, after a blank one when it has a label. */
export function SelectOptions({ options, blankLabel }: { options: ReadonlyArray<SelectOption>; blankLabel?: string }) {
  return (
    <>
      {blankLabel !== undefined ? <NativeSelectOption value="">{blankLabel}</NativeSelectOption> : null}
      {options.map((option) => (
        <NativeSelectOption key={option.value} value={option.value}>
          {option.label}
        </NativeSelectOption>
      ))}
    </>
  );
}

export function SelectField<T extends FieldValues, N extends Path<T> = Path<T>>({
  name,
  label,
  description,
  options,
  blankLabel,
  className,
}: FieldProps<N> & { options: ReadonlyArray<SelectOption>; blankLabel?: string }) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  const required = useIsRequired(name);
  return (
    <LabelledField label={label} description={description} error={error} className={className} required={required}>
      <NativeSelect {...register(name)}>
        <SelectOptions options={options} blankLabel={blankLabel} />
      </NativeSelect>
    </LabelledField>
  );
}

/** A textarea: notes-sized (four rows, at least 6rem high) unless given its rows. */
export function TextareaField<T extends FieldValues, N extends Path<T> = Path<T>>({
  name,
  label,
  className,
  rows,
  ...textareaProps
}: Omit<FieldProps<N>, "description"> & Omit<React.ComponentProps<typeof Textarea>, "name" | "className">) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  const required = useIsRequired(name);
  return (
    <LabelledField label={label} error={error} className={className} required={required}>
      <Textarea
        rows={rows ?? 4}
        className={rows === undefined ? "min-h-24" : undefined}
        {...textareaProps}
        {...register(name)}
      />
    </LabelledField>
  );
}

/** A checkbox with its label (and description) beside it, holding a boolean. */
export function CheckboxField<T extends FieldValues, N extends Path<T> = Path<T>>({
  name,
  label,
  description,
  className,
  id,
}: FieldProps<N> & { id?: string }) {
  const { control } = useFormContext<T>();
  return (
    <Field className={cn(description && "has-[>[data-slot=checkbox]]:items-start", className)} controlId={id}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <FieldControl>
            <Checkbox
              ref={field.ref}
              checked={field.value === true}
              onCheckedChange={(checked) => field.onChange(checked === true)}
              onBlur={field.onBlur}
            />
          </FieldControl>
        )}
      />
      {description ? (
        <div className="flex flex-col gap-1">
          <FieldLabel>{label}</FieldLabel>
          <FieldDescription>{description}</FieldDescription>
        </div>
      ) : (
        <FieldLabel>{label}</FieldLabel>
      )}
    </Field>
  );
}

/** The text, select and textarea fields bound to one form's values and text field names. */
export function fieldsFor<T extends FieldValues, N extends Path<T>>() {
  return {
    TextField: TextField<T, N>,
    SelectField: SelectField<T, N>,
    TextareaField: TextareaField<T, N>,
  };
}
