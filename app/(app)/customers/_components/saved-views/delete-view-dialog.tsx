"use client";

// Confirms deleting a saved view (a shared one disappears for everyone).
import * as React from "react";
import { toast } from "sonner";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import type { SavedViewDto } from "@/lib/saved-views/resource";
import { deleteSavedViewAction } from "@/lib/saved-views/actions";

type DeleteViewDialogProps = { view: SavedViewDto | null; onOpenChange: (open: boolean) => void };

export function DeleteViewDialog({ view, onOpenChange }: DeleteViewDialogProps) {
  const [isPending, startTransition] = React.useTransition();

  function confirm(event: React.MouseEvent) {
    event.preventDefault();
    if (!view) return;
    startTransition(async () => {
      const result = await deleteSavedViewAction({ id: view.id });
      if ("error" in result) {
        toast.error(result.error.message);
        return;
      }
      toast.success(`View "${view.name}" deleted`);
      onOpenChange(false);
    });
  }

  return (
    <AlertDialog open={view !== null} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete view “{view?.name}”?</AlertDialogTitle>
          <AlertDialogDescription>
            {view?.shared
              ? "It is shared: it disappears for everyone in the organization."
              : "Only the saved view is deleted; no customers change."}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={isPending}>Cancel</AlertDialogCancel>
          <AlertDialogAction onClick={confirm} disabled={isPending}>
            Delete view
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
