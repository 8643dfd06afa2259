"use client";
// Change a member's role; the server enforces the rules (no owner grants by admins, last owner kept).
import { useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Field, FieldControl, FieldError, FieldLabel } from "@/components/ui/field";
import { assignableRoles, roleLabels, type Role } from "@/lib/auth/permissions";
import { applyActionError } from "@/lib/form-errors";
import { changeMemberRoleAction } from "@/lib/users/actions";
import type { MemberRow } from "@/lib/users/queries";
import { changeRoleSchema } from "@/lib/users/schemas";
import { FormAlert } from "@/components/form/form-alert";
import { RoleSelect } from "../../_components/role-select";

interface Props {
  member: MemberRow;
  actorRole: Role;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function ChangeRoleDialog({ member, actorRole, open, onOpenChange }: Props) {
  const [isPending, startTransition] = useTransition();
  const form = useForm({ resolver: zodResolver(changeRoleSchema), values: { memberId: member.id, role: member.role } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await changeMemberRoleAction(values);
      if ("error" in result) return applyActionError(form, result.error);
      toast.success(`${member.name} is now ${roleLabels[values.role]}.`);
      onOpenChange(false);
    }),
  );

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>Change role</DialogTitle>
            <DialogDescription>
              {member.name} ({member.email}) is currently {roleLabels[member.role]}. The change applies on their next
              click.
            </DialogDescription>
          </DialogHeader>
          <Field>
            <FieldLabel>Role</FieldLabel>
            <FieldControl>
              <RoleSelect roles={assignableRoles(actorRole)} {...form.register("role")} />
            </FieldControl>
            <FieldError errors={[errors.role]} />
          </Field>
          <FormAlert message={errors.root?.message} />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={isPending}>
              Save role
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
