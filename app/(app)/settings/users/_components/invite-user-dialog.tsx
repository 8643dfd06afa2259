"use client";
// "Invite": email and role → a link valid for 7 days, shown here to copy and send.
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { MailPlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field, FieldControl, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { Role } from "@/lib/auth/permissions";
import { applyActionError } from "@/lib/form-errors";
import { inviteUserAction } from "@/lib/users/actions";
import { inviteUserSchema } from "@/lib/users/schemas";
import { FormAlert } from "@/components/form/form-alert";
import { RoleSelect } from "../../_components/role-select";
import { InvitationLink, toCreatedInvitation, type CreatedInvitation } from "./invitation-link";

const emptyInvite = { email: "", role: "staff" as Role };

export function InviteUserDialog({ roles }: { roles: readonly Role[] }) {
  const [open, setOpen] = useState(false);
  const [invite, setInvite] = useState<CreatedInvitation | null>(null);
  const [isPending, startTransition] = useTransition();
  const form = useForm({ resolver: zodResolver(inviteUserSchema), defaultValues: emptyInvite });
  const { errors } = form.formState;

  function changeOpen(next: boolean) {
    setOpen(next);
    if (!next) {
      setInvite(null);
      form.reset(emptyInvite);
    }
  }

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await inviteUserAction(values);
      if ("error" in result) return applyActionError(form, result.error);
      setInvite(toCreatedInvitation(result.data));
    }),
  );

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <MailPlusIcon aria-hidden="true" />
          Invite
        </Button>
      </DialogTrigger>
      <DialogContent>
        {invite ? (
          <InvitationLink title="Invitation created" invitation={invite} onDone={() => changeOpen(false)}>
            Send this link to {invite.email}.
          </InvitationLink>
        ) : (
          <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
            <DialogHeader>
              <DialogTitle>Invite a user</DialogTitle>
              <DialogDescription>
                They join by opening the link: someone new chooses a name and password; someone with a Customer Hub
                account signs in with it.
              </DialogDescription>
            </DialogHeader>
            <Field>
              <FieldLabel>Email</FieldLabel>
              <FieldControl>
                <Input type="email" autoComplete="off" {...form.register("email")} />
              </FieldControl>
              <FieldError errors={[errors.email]} />
            </Field>
            <Field>
              <FieldLabel>Role</FieldLabel>
              <FieldControl>
                <RoleSelect roles={roles} {...form.register("role")} />
              </FieldControl>
              <FieldError errors={[errors.role]} />
            </Field>
            <FormAlert message={errors.root?.message} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => changeOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={isPending}>
                Create invitation
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
