"use client";
// "Add user": name, email, role and a temporary password → an invitation link, whatever the email. The
// password becomes the account's only when the email has no account yet (an existing account is never
// changed and the answer does not say which happened); the person joins by opening the link and signing in.
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field, FieldControl, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { Role } from "@/lib/auth/permissions";
import { applyActionError } from "@/lib/form-errors";
import { addUserAction } from "@/lib/users/actions";
import { addUserSchema, MIN_PASSWORD_LENGTH } from "@/lib/users/schemas";
import { FormAlert } from "@/components/form/form-alert";
import { DialogFormActions } from "@/components/form/form-actions";
import { RoleSelect } from "../../_components/role-select";
import { InvitationLink, toCreatedInvitation, type CreatedInvitation } from "./invitation-link";

const emptyUser = { name: "", email: "", role: "staff" as Role, password: "" };

function generatePassword(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

export function AddUserDialog({ roles }: { roles: readonly Role[] }) {
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<CreatedInvitation | null>(null);
  const [isPending, startTransition] = useTransition();
  const form = useForm({ resolver: zodResolver(addUserSchema), defaultValues: emptyUser });
  const { errors } = form.formState;

  function changeOpen(next: boolean) {
    setOpen(next);
    if (!next) {
      setAdded(null);
      form.reset(emptyUser);
    }
  }

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await addUserAction(values);
      if ("error" in result) return applyActionError(form, result.error);
      setAdded(toCreatedInvitation(result.data));
    }),
  );

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlusIcon aria-hidden="true" />
          Add user
        </Button>
      </DialogTrigger>
      <DialogContent>
        {added ? (
          <InvitationLink title="User added" invitation={added} onDone={() => changeOpen(false)}>
            Send this link to {added.email}, and the temporary password separately. They join by opening the link and
            signing in: with the temporary password if they are new to Customer Hub, with their own password if they
            already have an account. They appear under Users once they have joined.
          </InvitationLink>
        ) : (
          <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
            <DialogHeader>
              <DialogTitle>Add user</DialogTitle>
              <DialogDescription>
                Creates an account with a temporary password and an invitation link. An existing Customer Hub account is
                never changed: its owner accepts with their own password.
              </DialogDescription>
            </DialogHeader>
            <Field>
              <FieldLabel>Name</FieldLabel>
              <FieldControl>
                <Input autoComplete="off" {...form.register("name")} />
              </FieldControl>
              <FieldError errors={[errors.name]} />
            </Field>
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
            <Field>
              <FieldLabel>Temporary password</FieldLabel>
              <div className="flex w-full gap-2">
                <FieldControl>
                  <Input type="text" autoComplete="new-password" className="font-mono" {...form.register("password")} />
                </FieldControl>
                <Button
                  type="button"
                  variant="outline"
                  onClick={() => form.setValue("password", generatePassword(), { shouldValidate: true })}
                >
                  Generate
                </Button>
              </div>
              <FieldDescription>
                At least {MIN_PASSWORD_LENGTH} characters. Used only if the email has no Customer Hub account yet.
              </FieldDescription>
              <FieldError errors={[errors.password]} />
            </Field>
            <FormAlert message={errors.root?.message} />
            <DialogFormActions onCancel={() => changeOpen(false)} isPending={isPending}>
              Add user
            </DialogFormActions>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
