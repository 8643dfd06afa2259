"use client";

// Form-field wiring: one Field links its label, control, description and error by generated ids,
// so every input gets a visible label, aria-describedby and aria-invalid without manual bookkeeping.
import * as React from "react";
import { Slot as SlotPrimitive } from "radix-ui";

import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

type FieldContextValue = {
  controlId: string;
  descriptionId: string;
  errorId: string;
  hasDescription: boolean;
  invalid: boolean;
  setHasDescription: (value: boolean) => void;
  setHasError: (value: boolean) => void;
};

const FieldContext = React.createContext<FieldContextValue | null>(null);

function Field({
  className,
  controlId,
  invalid,
  ...props
}: React.ComponentProps<"div"> & {
  /** Id given to the control; generated when omitted. */
  controlId?: string;
  /** Forces the invalid state; by default a Field is invalid while its FieldError shows a message. */
  invalid?: boolean;
}) {
  const generatedId = React.useId();
  const id = controlId ?? generatedId;
  const [hasDescription, setHasDescription] = React.useState(false);
  const [hasError, setHasError] = React.useState(false);
  const isInvalid = invalid ?? hasError;

  const context = React.useMemo<FieldContextValue>(
    () => ({
      controlId: id,
      descriptionId: `${id}-description`,
      errorId: `${id}-error`,
      hasDescription,
      invalid: isInvalid,
      setHasDescription,
      setHasError,
    }),
    [id, hasDescription, isInvalid],
  );

  return (
    <FieldContext.Provider value={context}>
      <div
        role="group"
        data-slot="field"
        data-invalid={isInvalid || undefined}
        className={cn(
          "group/field flex w-full flex-col items-start gap-2",
          "has-[>[data-slot=checkbox]]:flex-row has-[>[data-slot=checkbox]]:items-center",
          "*:data-[slot=input]:w-full *:data-[slot=native-select-wrapper]:w-full *:data-[slot=select-trigger]:w-full *:data-[slot=textarea]:w-full",
          "data-[invalid=true]:**:data-[slot=label]:text-destructive",
          className,
        )}
        {...props}
      />
    </FieldContext.Provider>
  );
}

function FieldLabel({ htmlFor, ...props }: React.ComponentProps<typeof Label>) {
  const field = React.useContext(FieldContext);
  return <Label htmlFor={htmlFor ?? field?.controlId} {...props} />;
}

/** Passes id, aria-invalid and aria-describedby from the surrounding Field to its only child. */
function FieldControl(props: React.ComponentProps<typeof SlotPrimitive.Slot>) {
  const field = React.useContext(FieldContext);
  if (!field) return <SlotPrimitive.Slot {...props} />;

  const describedBy = [field.hasDescription ? field.descriptionId : null, field.invalid ? field.errorId : null]
    .filter(Boolean)
    .join(" ");

  return (
    <SlotPrimitive.Slot
      id={field.controlId}
      aria-invalid={field.invalid || undefined}
      aria-describedby={describedBy || undefined}
      {...props}
    />
  );
}

function FieldDescription({ className, id, ...props }: React.ComponentProps<"p">) {
  const field = React.useContext(FieldContext);
  const setHasDescription = field?.setHasDescription;

  React.useEffect(() => {
    if (!setHasDescription) return;
    setHasDescription(true);
    return () => setHasDescription(false);
  }, [setHasDescription]);

  return (
    <p
      data-slot="field-description"
      id={id ?? field?.descriptionId}
      className={cn("text-sm font-normal text-muted-foreground", className)}
      {...props}
    />
  );
}

function FieldError({
  className,
  id,
  children,
  errors,
  ...props
}: React.ComponentProps<"p"> & {
  /** Error objects as react-hook-form or zod produce them; each distinct message is shown. */
  errors?: ReadonlyArray<{ message?: string } | undefined>;
}) {
  const field = React.useContext(FieldContext);
  const setHasError = field?.setHasError;
  const messages = [...new Set((errors ?? []).map((error) => error?.message).filter((message) => !!message))];
  const content = children ?? (messages.length > 0 ? messages.join(" ") : null);
  const hasContent = content !== null && content !== undefined && content !== false && content !== "";

  React.useEffect(() => {
    if (!setHasError) return;
    setHasError(hasContent);
    return () => setHasError(false);
  }, [setHasError, hasContent]);

  if (!hasContent) return null;

  return (
    <p
      role="alert"
      data-slot="field-error"
      id={id ?? field?.errorId}
      className={cn("text-sm font-normal text-destructive", className)}
      {...props}
    >
      {content}
    </p>
  );
}

export { Field, FieldControl, FieldDescription, FieldError, FieldLabel };
