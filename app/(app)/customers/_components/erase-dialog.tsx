"use client";

// "Erase personal data" for a customer or one of its contacts (admins): says what goes, what stays and that it
// cannot be undone, and asks for the reason and the name typed out — the same schema the server parses.
import * as React from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";

import { FormDialog } from "@/components/form/form-dialog";
import { TextareaField, TextField } from "@/components/form/fields";
import { useFormDialog } from "@/components/hooks/use-form-dialog";
import { erasureRequestSchema, type ErasureRequest } from "@/lib/privacy/erasure-schemas";
import type { ActionResult } from "@/lib/safe-action";

type EraseDialogProps = {
  title: string;
  /** What is erased and what is kept. */
  description: React.ReactNode;
  /** What to type, said in the confirmation field's label (e.g. `"Acme Aviation" or its account number`). */
  confirmLabel: string;
  save: (values: ErasureRequest) => Promise<ActionResult<unknown>>;
  successMessage: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

const blank: ErasureRequest = { reason: "", confirm: "" };

export function EraseDialog({
  title,
  description,
  confirmLabel,
  save,
  successMessage,
  ...openState
}: EraseDialogProps) {
  const form = useForm<ErasureRequest>({
    resolver: zodResolver(erasureRequestSchema, undefined, { raw: true }),
    defaultValues: blank,
  });
  const dialog = useFormDialog(form, {
    initial: blank,
    save,
    successMessage,
    open: openState.open,
    onOpenChange: openState.onOpenChange,
  });
  return (
    <FormDialog
      dialog={dialog}
      schema={erasureRequestSchema}
      onCloseAutoFocus={openState.onCloseAutoFocus}
      className="sm:max-w-lg"
      destructive
      title={title}
      description={
        <>
          <strong className="font-semibold text-destructive">This cannot be undone.</strong> {description}
        </>
      }
      submitLabel="Erase personal data"
    >
      <TextareaField<ErasureRequest>
        name="reason"
        label="Reason"
        rows={3}
        placeholder="e.g. Erasure request by email of 1 December"
      />
      <TextField<ErasureRequest> name="confirm" label={`Type ${confirmLabel} to confirm`} autoComplete="off" />
    </FormDialog>
  );
}
