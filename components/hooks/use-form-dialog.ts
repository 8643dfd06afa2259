"use client";
// A form in a dialog that saves through a server action: open state (its own, or the caller's), a
// fresh form on every open and close, and a submit that puts server errors on the form or, on
// success, toasts and closes (the action revalidates the page) or hands the result to the caller.
// Closing it with unsaved typing (Escape, outside click, Cancel, leaving the page) asks first.
import { useState, useTransition, type BaseSyntheticEvent, type ReactNode } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import { useUnsavedChanges } from "@/components/form/unsaved-changes";
import { applyActionError } from "@/lib/form-errors";
import type { ActionResult } from "@/lib/safe-action";

type FormDialogOptions<V extends FieldValues, R> = {
  /** The values the form starts from each time the dialog opens. */
  initial: V;
  save: (values: V) => Promise<ActionResult<R>>;
  /** A dialog opened by its caller (a row menu, a toolbar); without them it keeps its own open state. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
} & (
  | { successMessage: string | ((result: R, values: V) => string) }
  /** Keeps the dialog as it is and hands the result over (to show what was created, or to close it). */
  | { onSaved: (result: R) => void }
);

export type FormDialogState<V extends FieldValues> = {
  form: UseFormReturn<V>;
  /** The values it opens with. */
  initial: V;
  open: boolean;
  changeOpen: (open: boolean) => void;
  isPending: boolean;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** "Discard unsaved changes?", to render beside the dialog. */
  discardDialog: ReactNode;
};

export function useFormDialog<V extends FieldValues, R>(
  form: UseFormReturn<V>,
  options: FormDialogOptions<V, R>,
): FormDialogState<V> {
  const [ownOpen, setOwnOpen] = useState(false);
  const [isPending, startTransition] = useTransition();

  const open = options.open ?? ownOpen;
  const unsaved = useUnsavedChanges(open && form.formState.isDirty);

  function setOpen(next: boolean) {
    (options.onOpenChange ?? setOwnOpen)(next);
    form.reset(options.initial);
  }

  function changeOpen(next: boolean) {
    if (next) setOpen(true);
    else unsaved.confirmDiscard(() => setOpen(false));
  }

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await options.save(values);
      if ("error" in result) return applyActionError(form, result.error);
      // Saved: nothing is unsaved any more, even while the dialog shows the result.
      form.reset(values);
      if ("onSaved" in options) return options.onSaved(result.data);
      const { successMessage } = options;
      toast.success(typeof successMessage === "function" ? successMessage(result.data, values) : successMessage);
      setOpen(false);
    }),
  );

  return { form, initial: options.initial, open, changeOpen, isPending, onSubmit, discardDialog: unsaved.dialog };
}
