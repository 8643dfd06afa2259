"use client";

// A link's actions menu: set as primary, edit, and unlink (confirmed).
import * as React from "react";
import { PencilIcon, StarIcon, UnlinkIcon } from "lucide-react";
import { toast } from "sonner";

import { ConfirmDialog } from "@/components/confirm-dialog";
import { useRowFocus } from "@/components/hooks/use-row-focus";
import { RowActionsMenu } from "@/components/row-actions-menu";
import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import { setPrimaryLinkAction, unlinkCustomerAction } from "@/lib/asset-links/actions";
import { EditLinkDialog } from "./edit-link-dialog";
import type { LinkView } from "./link-view";

type LinkAction = typeof setPrimaryLinkAction;

export function LinkRowActions({ link, side }: { link: LinkView; side: "asset" | "customer" }) {
  const [dialog, setDialog] = React.useState<"edit" | "unlink" | null>(null);
  const [isPending, startTransition] = React.useTransition();
  const focus = useRowFocus(isPending);
  const canBePrimary = link.status === "current" && !link.isPrimary && !(side === "asset" && link.archived);

  function run(action: LinkAction, success: string, onDone?: () => void) {
    focus.afterAction();
    startTransition(async () => {
      const result = await action({ linkId: link.id });
      if ("error" in result) {
        toast.error(result.error.message);
        return;
      }
      toast.success(success);
      onDone?.();
    });
  }

  return (
    <>
      <RowActionsMenu label={`Actions for ${link.title}`} busy={isPending} focus={focus} className="w-48">
        {canBePrimary ? (
          <DropdownMenuItem onSelect={() => run(setPrimaryLinkAction, `${link.title} is now primary`)}>
            <StarIcon aria-hidden="true" />
            Set as primary
          </DropdownMenuItem>
        ) : null}
        <DropdownMenuItem onSelect={() => setDialog("edit")}>
          <PencilIcon aria-hidden="true" />
          Edit link
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem variant="destructive" onSelect={() => setDialog("unlink")}>
          <UnlinkIcon aria-hidden="true" />
          Unlink
        </DropdownMenuItem>
      </RowActionsMenu>
      {dialog === "edit" ? (
        // Mounted per opening, so the form starts from the link as it is now.
        <EditLinkDialog
          link={link}
          open
          onOpenChange={(open) => setDialog(open ? "edit" : null)}
          onCloseAutoFocus={focus.onCloseAutoFocus}
        />
      ) : null}
      <ConfirmDialog
        open={dialog === "unlink"}
        onOpenChange={(open) => setDialog(open ? "unlink" : null)}
        onCloseAutoFocus={focus.onCloseAutoFocus}
        title={`Unlink ${link.title}?`}
        description={
          link.isPrimary
            ? "This is the primary link: the earliest other current customer becomes primary. To keep the history, set the status to former instead."
            : "The link is removed. To keep the history, set the status to former instead."
        }
        confirmLabel="Unlink"
        destructive
        isPending={isPending}
        onConfirm={() => run(unlinkCustomerAction, "Link removed", () => setDialog(null))}
      />
    </>
  );
}
