"use client";
// A form dialog that creates something to copy (an API key, an invitation link): the form, then the
// value with a copy button; closing it forgets the value and starts the form empty again. A value
// with a warning is shown this one time, so a click outside does not close it by accident.
import * as React from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { TriangleAlertIcon } from "lucide-react";
import { LabelledField } from "@/components/form/fields";
import { FormDialog } from "@/components/form/form-dialog";
import { useFormDialog, type FormDialogState } from "@/components/hooks/use-form-dialog";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/safe-action";
import { CopyButton } from "./copy-button";

interface Created {
  title: string;
  description: React.ReactNode;
  /** The label of the value, such as "API key". */
  label: string;
  value: string;
  /** Said above the value when it can never be shown again. */
  warning?: string;
  doneLabel: string;
}

type ShownOnceOptions<V extends FieldValues, R> = {
  initial: V;
  save: (values: V) => Promise<ActionResult<R>>;
  /** What the dialog shows of the saved result. */
  reveal: (result: R) => Created;
};

type ShownOnceState<V extends FieldValues> = FormDialogState<V> & { created: Created | null };

export function useShownOnceDialog<V extends FieldValues, R>(
  form: UseFormReturn<V>,
  { initial, save, reveal }: ShownOnceOptions<V, R>,
): ShownOnceState<V> {
  const [open, setOpen] = React.useState(false);
  const [created, setCreated] = React.useState<Created | null>(null);
  const dialog = useFormDialog(form, {
    initial,
    save,
    open,
    onOpenChange: (next) => {
      setOpen(next);
      // The value leaves memory with the dialog.
      if (!next) setCreated(null);
    },
    onSaved: (result) => setCreated(reveal(result)),
  });
  return { ...dialog, created };
}

function CreatedValue({ created, onDone }: { created: Created; onDone: () => void }) {
  return (
    <div className="flex flex-col gap-4">
      <DialogHeader>
        <DialogTitle>{created.title}</DialogTitle>
        <DialogDescription>{created.description}</DialogDescription>
      </DialogHeader>
      {created.warning ? (
        <p
          role="alert"
          className="flex gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
        >
          <TriangleAlertIcon className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          {created.warning}
        </p>
      ) : null}
      <LabelledField label={created.label} addon={<CopyButton value={created.value} />}>
        <Input readOnly value={created.value} className="font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
      </LabelledField>
      <DialogFooter>
        <Button type="button" onClick={onDone}>
          {created.doneLabel}
        </Button>
      </DialogFooter>
    </div>
  );
}

type ShownOnceDialogProps<V extends FieldValues> = Omit<
  React.ComponentProps<typeof FormDialog<V>>,
  "dialog" | "result" | "onInteractOutside"
> & { dialog: ShownOnceState<V> };

export function ShownOnceDialog<V extends FieldValues>({ dialog, ...props }: ShownOnceDialogProps<V>) {
  const { created } = dialog;
  return (
    <FormDialog
      dialog={dialog}
      onInteractOutside={(event) => created?.warning && event.preventDefault()}
      result={created ? <CreatedValue created={created} onDone={() => dialog.changeOpen(false)} /> : null}
      {...props}
    />
  );
}
