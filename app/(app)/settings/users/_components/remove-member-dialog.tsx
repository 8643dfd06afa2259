"use client";
// Confirm, then remove a member from this organization (their account and other memberships stay).
import { ConfirmDialog } from "@/components/confirm-dialog";
import { useRecordAction } from "@/components/hooks/use-record-action";
import { removeMemberAction } from "@/lib/users/actions";
import type { MemberRow } from "@/lib/users/queries";

interface Props {
  member: MemberRow;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
}

export function RemoveMemberDialog({ member, open, onOpenChange, onCloseAutoFocus }: Props) {
  const { run, isPending } = useRecordAction(removeMemberAction, `${member.name} was removed.`);

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      onCloseAutoFocus={onCloseAutoFocus}
      title={`Remove ${member.name}?`}
      description={`${member.email} will lose access to this organization immediately. Their account is kept, and you can add them again later.`}
      confirmLabel="Remove"
      destructive
      isPending={isPending}
      onConfirm={() => run({ memberId: member.id }, () => onOpenChange(false))}
    />
  );
}
