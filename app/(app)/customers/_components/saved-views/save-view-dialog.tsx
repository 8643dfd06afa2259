"use client";

// Save the list's current state as a new view, or rename / (un)share one of your views. The server's
// field errors (a name you already use) come back onto their fields.
import * as React from "react";
import { Controller, FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";

import { TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/form-actions";
import { FormAlert } from "@/components/form/form-alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { applyActionError } from "@/lib/form-errors";
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
  const [isPending, startTransition] = React.useTransition();
  const defaults = { name: view?.name ?? "", shared: view?.shared ?? false };
  const form = useForm<SavedViewFormValues>({ resolver: zodResolver(savedViewFormSchema), defaultValues: defaults });

  function close(next: boolean) {
    onOpenChange(next);
    if (!next) form.reset(defaults);
  }

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = view
        ? await updateSavedViewAction({ id: view.id, ...values })
        : await createSavedViewAction({ resource: "customers", query, ...values });
      if ("error" in result) {
        applyActionError(form, result.error);
        return;
      }
      toast.success(view ? `View "${result.data.name}" saved` : `View "${result.data.name}" created`);
      close(false);
    }),
  );

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>{view ? "Rename view" : "Save view"}</DialogTitle>
          <DialogDescription>
            {view
              ? "Change its name or who sees it."
              : "Saves the current filters, search, sort, page size and columns."}
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
            <TextField<SavedViewFormValues> name="name" label="View name" autoComplete="off" maxLength={100} />
            {canShare ? (
              <Controller
                control={form.control}
                name="shared"
                render={({ field }) => (
                  <div className="flex items-center gap-2">
                    <Checkbox
                      id="saved-view-shared"
                      checked={field.value}
                      onCheckedChange={(value) => field.onChange(value === true)}
                    />
                    <Label htmlFor="saved-view-shared">Share with the organization</Label>
                  </div>
                )}
              />
            ) : null}
            <FormAlert message={form.formState.errors.root?.message} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => close(false)}>
                Cancel
              </Button>
              <SubmitButton isPending={isPending}>{view ? "Save" : "Save view"}</SubmitButton>
            </DialogFooter>
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
