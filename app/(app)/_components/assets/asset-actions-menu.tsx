"use client";

// The asset detail page's Actions menu: Archive (confirmed), Restore and Delete permanently (confirmed).
import * as React from "react";
import { useRouter } from "next/navigation";
import { ArchiveIcon, ArchiveRestoreIcon, ChevronDownIcon, Trash2Icon } from "lucide-react";

import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ConfirmDialog } from "@/app/(app)/customers/_components/confirm-dialog";
import { useCustomerAction as useRecordAction } from "@/app/(app)/customers/_components/use-customer-action";
import { archiveAssetAction, deleteAssetAction, restoreAssetAction } from "@/lib/assets/actions";
import { assetKindLabels, type AssetKind } from "@/lib/assets/options";

type AssetActionsMenuProps = {
  asset: { id: string; kind: AssetKind; label: string; isArchived: boolean };
  canArchive: boolean;
  canRestore: boolean;
  canDelete: boolean;
};

export function AssetActionsMenu({ asset, canArchive, canRestore, canDelete }: AssetActionsMenuProps) {
  const router = useRouter();
  const [dialog, setDialog] = React.useState<"archive" | "delete" | null>(null);
  const title = asset.kind === "aircraft" ? "Aircraft" : "Vehicle";
  const { one, many, path } = assetKindLabels[asset.kind];
  const archive = useRecordAction(archiveAssetAction, `${title} archived`);
  const restore = useRecordAction(restoreAssetAction, `${title} restored`);
  const remove = useRecordAction(deleteAssetAction, `${title} deleted`);
  const showArchive = canArchive && !asset.isArchived;
  const showRestore = canRestore && asset.isArchived;
  if (!showArchive && !showRestore && !canDelete) return null;

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
          {showArchive ? (
            <DropdownMenuItem onSelect={() => setDialog("archive")}>
              <ArchiveIcon aria-hidden="true" />
              Archive
            </DropdownMenuItem>
          ) : null}
          {showRestore ? (
            <DropdownMenuItem disabled={restore.isPending} onSelect={() => restore.run(asset.id)}>
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
        title={`Archive ${asset.label}?`}
        description={`Archived ${many} are hidden from the list and from pickers, and cannot be edited. You can restore them at any time.`}
        confirmLabel="Archive"
        isPending={archive.isPending}
        onConfirm={() => archive.run(asset.id, closeDialog)}
      />
      <ConfirmDialog
        open={dialog === "delete"}
        onOpenChange={(open) => setDialog(open ? "delete" : null)}
        title={`Delete ${asset.label} permanently?`}
        description={`The ${one} will be removed for good. This is refused while work orders or customer links refer to it; archive it instead to keep its history.`}
        confirmLabel="Delete permanently"
        destructive
        isPending={remove.isPending}
        onConfirm={() => remove.run(asset.id, () => router.push(path))}
      />
    </>
  );
}
