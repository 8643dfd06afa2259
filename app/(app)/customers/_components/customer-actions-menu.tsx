"use client";

// The detail page's Actions menu: Archive (confirmed), Restore and Delete permanently (confirmed).
import * as React from "react";
import { useRouter } from "next/navigation";
import { ArchiveIcon, ArchiveRestoreIcon, ChevronDownIcon, Trash2Icon } from "lucide-react";

import { PrimaryLossNotice } from "@/app/(app)/_components/asset-links/primary-loss-notice";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { archiveCustomerAction, deleteCustomerAction, restoreCustomerAction } from "@/lib/customers/actions";
import { ConfirmDialog } from "./confirm-dialog";
import { useCustomerAction } from "./use-customer-action";

type CustomerActionsMenuProps = {
  customer: { id: string; name: string; isArchived: boolean };
  canArchive: boolean;
  canRestore: boolean;
  canDelete: boolean;
};

export function CustomerActionsMenu({ customer, canArchive, canRestore, canDelete }: CustomerActionsMenuProps) {
  const router = useRouter();
  const [dialog, setDialog] = React.useState<"archive" | "delete" | null>(null);
  const archive = useCustomerAction(archiveCustomerAction, "Customer archived");
  const restore = useCustomerAction(restoreCustomerAction, "Customer restored");
  const remove = useCustomerAction(deleteCustomerAction, "Customer deleted");
  const showArchive = canArchive && !customer.isArchived;
  const showRestore = canRestore && customer.isArchived;
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
            <DropdownMenuItem disabled={restore.isPending} onSelect={() => restore.run(customer.id)}>
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
        title={`Archive ${customer.name}?`}
        description="Archived customers are hidden from the customer list and cannot be edited. You can restore them at any time."
        confirmLabel="Archive"
        isPending={archive.isPending}
        onConfirm={() => archive.run(customer.id, closeDialog)}
      >
        {dialog === "archive" ? <PrimaryLossNotice customerId={customer.id} /> : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === "delete"}
        onOpenChange={(open) => setDialog(open ? "delete" : null)}
        title={`Delete ${customer.name} permanently?`}
        description="The customer and its details will be removed for good. This cannot be undone; archive the customer instead to keep its history."
        confirmLabel="Delete permanently"
        destructive
        isPending={remove.isPending}
        onConfirm={() => remove.run(customer.id, () => router.push("/customers"))}
      />
    </>
  );
}
