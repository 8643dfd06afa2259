"use client";

// An archivable record's Actions menu — Archive (confirmed), Restore, Delete permanently (confirmed) —
// and the archived banner's Restore button. Each entry shows only when allowed; toasts name the record kind,
// and the archive toast offers Undo (a restore) to those who may restore.
import * as React from "react";
import { useRouter } from "next/navigation";
import { ArchiveIcon, ArchiveRestoreIcon, ChevronDownIcon, Loader2Icon, Trash2Icon } from "lucide-react";

import { ConfirmDialog } from "@/components/confirm-dialog";
import { useRecordAction, type RecordAction } from "@/components/hooks/use-record-action";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

type RecordActionsMenuProps = {
  record: { id: string; name: string; isArchived: boolean };
  /** The record kind as it starts a sentence ("Customer", "Aircraft"). */
  noun: string;
  actions: { archive: RecordAction; restore: RecordAction; remove: RecordAction };
  canArchive: boolean;
  canRestore: boolean;
  canDelete: boolean;
  archiveDescription: string;
  deleteDescription: string;
  /** Where to go once the record is deleted. */
  listHref: string;
  /** More about archiving's consequences, rendered while the archive dialog is open. */
  archiveNotice?: React.ReactNode;
  /** The record kind's own entries, listed first (e.g. a customer's Merge with…). */
  extraItems?: React.ReactNode;
};

export function RecordActionsMenu({
  record,
  noun,
  actions,
  canArchive,
  canRestore,
  canDelete,
  archiveDescription,
  deleteDescription,
  listHref,
  archiveNotice,
  extraItems,
}: RecordActionsMenuProps) {
  const router = useRouter();
  const [dialog, setDialog] = React.useState<"archive" | "delete" | null>(null);
  const undoArchive = React.useMemo(
    () => (canRestore ? { action: actions.restore, message: `${noun} restored` } : undefined),
    [actions.restore, canRestore, noun],
  );
  const archive = useRecordAction(actions.archive, `${noun} archived`, undoArchive);
  const restore = useRecordAction(actions.restore, `${noun} restored`);
  const remove = useRecordAction(actions.remove, `${noun} deleted`);
  const showArchive = canArchive && !record.isArchived;
  const showRestore = canRestore && record.isArchived;
  if (!showArchive && !showRestore && !canDelete && !extraItems) return null;

  const closeDialog = () => setDialog(null);

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline">
            Actions
            <ChevronDownIcon aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-52">
          {extraItems}
          {extraItems && (showArchive || showRestore || canDelete) ? <DropdownMenuSeparator /> : null}
          {showArchive ? (
            <DropdownMenuItem onSelect={() => setDialog("archive")}>
              <ArchiveIcon aria-hidden="true" />
              Archive
            </DropdownMenuItem>
          ) : null}
          {showRestore ? (
            <DropdownMenuItem disabled={restore.isPending} onSelect={() => restore.run({ id: record.id })}>
              <ArchiveRestoreIcon aria-hidden="true" />
              Restore
            </DropdownMenuItem>
          ) : null}
          {canDelete ? (
            <>
              {showArchive || showRestore ? <DropdownMenuSeparator /> : null}
              <DropdownMenuItem variant="destructive" onSelect={() => setDialog("delete")}>
                <Trash2Icon aria-hidden="true" />
                Delete permanently
              </DropdownMenuItem>
            </>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={dialog === "archive"}
        onOpenChange={(open) => setDialog(open ? "archive" : null)}
        title={`Archive ${record.name}?`}
        description={archiveDescription}
        confirmLabel="Archive"
        isPending={archive.isPending}
        onConfirm={() => archive.run({ id: record.id }, closeDialog)}
      >
        {dialog === "archive" ? archiveNotice : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === "delete"}
        onOpenChange={(open) => setDialog(open ? "delete" : null)}
        title={`Delete ${record.name} permanently?`}
        description={deleteDescription}
        confirmLabel="Delete permanently"
        destructive
        isPending={remove.isPending}
        onConfirm={() => remove.run({ id: record.id }, () => router.push(listHref))}
      />
    </>
  );
}

export function RestoreRecordButton({ id, noun, action }: { id: string; noun: string; action: RecordAction }) {
  const { run, isPending } = useRecordAction(action, `${noun} restored`);
  return (
    <Button variant="outline" size="sm" disabled={isPending} onClick={() => run({ id })}>
      {isPending ? (
        <Loader2Icon className="animate-spin" aria-hidden="true" />
      ) : (
        <ArchiveRestoreIcon aria-hidden="true" />
      )}
      Restore
    </Button>
  );
}
