"use client";
// A member row's menu: change role, remove. Hidden for yourself and, unless you are an owner, for owners.
import { useState } from "react";
import { useRowFocus } from "@/components/hooks/use-row-focus";
import { RowActionsMenu } from "@/components/row-actions-menu";
import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { Role } from "@/lib/auth/permissions";
import type { MemberRow } from "@/lib/users/queries";
import { ChangeRoleDialog } from "./change-role-dialog";
import { RemoveMemberDialog } from "./remove-member-dialog";

interface Props {
  member: MemberRow;
  currentUserId: string | null;
  actorRole: Role;
}

export function MemberRowActions({ member, currentUserId, actorRole }: Props) {
  const [dialog, setDialog] = useState<"role" | "remove" | null>(null);
  // Back to this row's menu button when a dialog closes (a removed member's row hands on to its neighbour).
  const focus = useRowFocus(false);
  if (member.userId === currentUserId || (member.role === "owner" && actorRole !== "owner")) return null;

  return (
    <div className="flex justify-end">
      <RowActionsMenu label={`Actions for ${member.name}`} size="icon-sm" focus={focus}>
        <DropdownMenuItem onSelect={() => setDialog("role")}>Change role…</DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem variant="destructive" onSelect={() => setDialog("remove")}>
          Remove…
        </DropdownMenuItem>
      </RowActionsMenu>
      <ChangeRoleDialog
        member={member}
        actorRole={actorRole}
        open={dialog === "role"}
        onOpenChange={(open) => setDialog(open ? "role" : null)}
        onCloseAutoFocus={focus.onCloseAutoFocus}
      />
      <RemoveMemberDialog
        member={member}
        open={dialog === "remove"}
        onOpenChange={(open) => setDialog(open ? "remove" : null)}
        onCloseAutoFocus={focus.onCloseAutoFocus}
      />
    </div>
  );
}
