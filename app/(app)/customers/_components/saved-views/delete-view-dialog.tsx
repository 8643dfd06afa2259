"use client";

// Confirms deleting a saved view (a shared one disappears for everyone).
import { ConfirmDialog } from "@/components/confirm-dialog";
import { useRecordAction } from "@/components/hooks/use-record-action";
import type { SavedViewDto } from "@/lib/saved-views/resource";
import { deleteSavedViewAction } from "@/lib/saved-views/actions";

type DeleteViewDialogProps = { view: SavedViewDto | null; onOpenChange: (open: boolean) => void };

export function DeleteViewDialog({ view, onOpenChange }: DeleteViewDialogProps) {
  const { run, isPending } = useRecordAction(deleteSavedViewAction, `View "${view?.name ?? ""}" deleted`);

  return (
    <ConfirmDialog
      open={view !== null}
      onOpenChange={onOpenChange}
      title={`Delete view “${view?.name ?? ""}”?`}
      description={
        view?.shared
          ? "It is shared: it disappears for everyone in the organization."
          : "Only the saved view is deleted; no customers change."
      }
      confirmLabel="Delete view"
      isPending={isPending}
      onConfirm={() => view && run({ id: view.id }, () => onOpenChange(false))}
    />
  );
}
