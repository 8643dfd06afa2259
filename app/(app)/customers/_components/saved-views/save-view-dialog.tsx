"use client";

// Save the list's current state as a new view, or rename / (un)share one of your views. The server's
// field errors (a name you already use) come back onto their fields.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";

import { CheckboxField, TextField } from "@/components/form/fields";
import { FormDialog } from "@/components/form/form-dialog";
import { useFormDialog } from "@/components/hooks/use-form-dialog";
import type { SavedViewDto } from "@/lib/saved-views/resource";
import { createSavedViewAction, updateSavedViewAction } from "@/lib/saved-views/actions";
import { savedViewFormSchema, type SavedViewFormValues } from "@/lib/saved-views/schemas";

type SaveViewDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The list's current query, saved with a new view. */
  query: string;
  canShare: boolean;
  /** Rename or (un)share this view; without it, save a new one. */
  view?: SavedViewDto;
};

export function SaveViewDialog({ open, onOpenChange, query, canShare, view }: SaveViewDialogProps) {
  const defaults = { name: view?.name ?? "", shared: view?.shared ?? false };
  const form = useForm<SavedViewFormValues>({ resolver: zodResolver(savedViewFormSchema), defaultValues: defaults });
  const dialog = useFormDialog(form, {
    initial: defaults,
    save: (values) =>
      view
        ? updateSavedViewAction({ id: view.id, ...values })
        : createSavedViewAction({ resource: "customers", query, ...values }),
    successMessage: (saved) => (view ? `View "${saved.name}" saved` : `View "${saved.name}" created`),
    open,
    onOpenChange,
  });

  return (
    <FormDialog
      dialog={dialog}
      schema={savedViewFormSchema}
      className="sm:max-w-md"
      title={view ? "Rename view" : "Save view"}
      description={
        view ? "Change its name or who sees it." : "Saves the current filters, search, sort, page size and columns."
      }
      submitLabel={view ? "Save" : "Save view"}
    >
      <TextField<SavedViewFormValues> name="name" label="View name" autoComplete="off" maxLength={100} />
      {canShare ? (
        <CheckboxField<SavedViewFormValues> name="shared" label="Share with the organization" id="saved-view-shared" />
      ) : null}
    </FormDialog>
  );
}
