"use client";
// Change a member's role; the server enforces the rules (no owner grants by admins, last owner kept).
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormDialog } from "@/components/form/form-dialog";
import { useFormDialog } from "@/components/hooks/use-form-dialog";
import { assignableRoles, roleLabels, type Role } from "@/lib/auth/permissions";
import { changeMemberRoleAction } from "@/lib/users/actions";
import type { MemberRow } from "@/lib/users/queries";
import { changeRoleSchema } from "@/lib/users/schemas";
import { RoleField } from "../../_components/role-field";

interface Props {
  member: MemberRow;
  actorRole: Role;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
}

export function ChangeRoleDialog({ member, actorRole, open, onOpenChange, onCloseAutoFocus }: Props) {
  const current = { memberId: member.id, role: member.role };
  // `values` keeps the form on the member's role as the page refreshes it.
  const form = useForm({ resolver: zodResolver(changeRoleSchema), values: current });
  const dialog = useFormDialog(form, {
    initial: current,
    save: changeMemberRoleAction,
    successMessage: (_, values) => `${member.name} is now ${roleLabels[values.role]}.`,
    open,
    onOpenChange,
  });

  return (
    <FormDialog
      dialog={dialog}
      onCloseAutoFocus={onCloseAutoFocus}
      title="Change role"
      description={
        <>
          {member.name} ({member.email}) is currently {roleLabels[member.role]}. The change applies on their next click.
        </>
      }
      submitLabel="Save role"
    >
      <RoleField roles={assignableRoles(actorRole)} />
    </FormDialog>
  );
}
