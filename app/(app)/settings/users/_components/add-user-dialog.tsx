"use client";
// "Add user": name, email, role and a temporary password. An email that already has an account
// joins with that account (and keeps its password).
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import { UserPlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field, FieldControl, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { Role } from "@/lib/auth/permissions";
import { applyActionError } from "@/lib/form-errors";
import { addUserAction } from "@/lib/users/actions";
import { addUserSchema, MIN_PASSWORD_LENGTH } from "@/lib/users/schemas";
import { FormAlert } from "@/components/form/form-alert";
import { DialogFormActions } from "@/components/form/form-actions";
import { RoleSelect } from "../../_components/role-select";

const emptyUser = { name: "", email: "", role: "staff" as Role, password: "" };

function generatePassword(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

export function AddUserDialog({ roles }: { roles: readonly Role[] }) {
  const [open, setOpen] = useState(false);
  const [isPending, startTransition] = useTransition();
  const form = useForm({ resolver: zodResolver(addUserSchema), defaultValues: emptyUser });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await addUserAction(values);
      if ("error" in result) return applyActionError(form, result.error);
      toast.success(
        result.data.existingAccount
          ? `${values.email} already had an account and was added. They sign in with their existing password.`
          : `${values.name} was added. Share the temporary password with them securely.`,
      );
      form.reset(emptyUser);
      setOpen(false);
    }),
  );

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlusIcon aria-hidden="true" />
          Add user
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>Add user</DialogTitle>
            <DialogDescription>Create an account with a temporary password, or add someone who already has one.</DialogDescription>
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
            <FieldDescription>At least {MIN_PASSWORD_LENGTH} characters. Not used if the email already has an account.</FieldDescription>
            <FieldError errors={[errors.password]} />
          </Field>
          <FormAlert message={errors.root?.message} />
          <DialogFormActions onCancel={() => setOpen(false)} isPending={isPending}>
            Add user
          </DialogFormActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
