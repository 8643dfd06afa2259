"use client";
// The frame of every form dialog: optional trigger, title and description, the fields (in the form's
// react-hook-form context), the form-level error and Cancel + submit. `result` replaces the form once
// it is saved, for a dialog that then shows what it created.
import * as React from "react";
import { FormProvider, type FieldValues } from "react-hook-form";
import type { z } from "zod";

import { RequiredFields } from "@/components/form/fields";
import { requiredFieldNames } from "@/components/form/required-fields";

import { DialogFormActions } from "@/components/form/form-actions";
import { FormAlert } from "@/components/form/form-alert";
import type { FormDialogState } from "@/components/hooks/use-form-dialog";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";

type FormDialogProps<V extends FieldValues> = {
  dialog: FormDialogState<V>;
  /** The button that opens it; none for a dialog its caller opens. */
  trigger?: React.ReactElement;
  title: React.ReactNode;
  description: React.ReactNode;
  submitLabel: React.ReactNode;
  destructive?: boolean;
  className?: string;
  result?: React.ReactNode;
  /** Whether a click outside may close it (not while it shows something that cannot be shown again). */
  onInteractOutside?: React.ComponentProps<typeof DialogContent>["onInteractOutside"];
  /** Where focus goes when it closes, for a dialog opened from a menu (components/hooks/use-row-focus.ts). */
  onCloseAutoFocus?: (event: Event) => void;
  /** The schema the form validates with: its required fields get "*" markers. */
  schema?: z.ZodType;
  children: React.ReactNode;
};

export function FormDialog<V extends FieldValues>({
  dialog,
  trigger,
  title,
  description,
  submitLabel,
  destructive = false,
  className,
  result,
  onInteractOutside,
  onCloseAutoFocus,
  schema,
  children,
}: FormDialogProps<V>) {
  const { form, initial, open, changeOpen, isPending, onSubmit, discardDialog } = dialog;
  // Read once per dialog: what is required does not change while it is open.
  const [required] = React.useState(() => (schema ? requiredFieldNames(schema, initial) : new Set<string>()));
  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      {discardDialog}
      {trigger ? <DialogTrigger asChild>{trigger}</DialogTrigger> : null}
      <DialogContent className={className} onInteractOutside={onInteractOutside} onCloseAutoFocus={onCloseAutoFocus}>
        {result ?? (
          <FormProvider {...form}>
            <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
              <DialogHeader>
                <DialogTitle>{title}</DialogTitle>
                <DialogDescription>{description}</DialogDescription>
              </DialogHeader>
              <RequiredFields names={required}>{children}</RequiredFields>
              <FormAlert message={form.formState.errors.root?.message} />
              <DialogFormActions
                onCancel={() => changeOpen(false)}
                isPending={isPending}
                variant={destructive ? "destructive" : undefined}
              >
                {submitLabel}
              </DialogFormActions>
            </form>
          </FormProvider>
        )}
      </DialogContent>
    </Dialog>
  );
}
