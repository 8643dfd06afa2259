"use client";
// A form in a dialog that saves through a server action: open state, a fresh form on every open,
// and a submit that puts server errors on the form or, on success, toasts, closes and refreshes.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import { applyActionError } from "@/lib/form-errors";
import type { ActionResult } from "@/lib/safe-action";

interface FormDialogOptions<V extends FieldValues> {
  /** The values the form starts from each time the dialog opens. */
  initial: V;
  save: (values: V) => Promise<ActionResult<unknown>>;
  successMessage: string;
}

export function useFormDialog<V extends FieldValues>(form: UseFormReturn<V>, options: FormDialogOptions<V>) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [isPending, startTransition] = useTransition();

  function changeOpen(next: boolean) {
    setOpen(next);
    if (next) form.reset(options.initial);
  }

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await options.save(values);
      if ("error" in result) return applyActionError(form, result.error);
      toast.success(options.successMessage);
      setOpen(false);
      router.refresh();
    }),
  );

  return { open, setOpen, changeOpen, isPending, onSubmit };
}
