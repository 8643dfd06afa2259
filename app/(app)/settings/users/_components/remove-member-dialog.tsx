"use client";
// Confirm, then remove a member from this organization (their account and other memberships stay).
import { useTransition } from "react";
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
import { removeMemberAction } from "@/lib/users/actions";
import type { MemberRow } from "@/lib/users/queries";

interface Props {
  member: MemberRow;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function RemoveMemberDialog({ member, open, onOpenChange }: Props) {
  const [isPending, startTransition] = useTransition();

  function remove(event: React.MouseEvent) {
    // Keep the dialog open until the server answers.
    event.preventDefault();
    startTransition(async () => {
      const result = await removeMemberAction({ memberId: member.id });
      if ("error" in result) {
        toast.error(result.error.message);
        return;
      }
      toast.success(`${member.name} was removed.`);
      onOpenChange(false);
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Remove {member.name}?</AlertDialogTitle>
          <AlertDialogDescription>
            {member.email} will lose access to this organization immediately. Their account is kept, and you can add
            them again later.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={isPending}>Cancel</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={remove} disabled={isPending}>
            Remove
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
