"use client";
// "Add user": name, email, role and a temporary password → an invitation link, whatever the email. The
// password becomes the account's only when the email has no account yet (an existing account is never
// changed and the answer does not say which happened); the person joins by opening the link and signing in.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlusIcon } from "lucide-react";
import { TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/auth/permissions";
import { addUserAction } from "@/lib/users/actions";
import { addUserSchema, MIN_PASSWORD_LENGTH } from "@/lib/users/schemas";
import { ShownOnceDialog } from "../../_components/shown-once-dialog";
import { InvitationFields, useInvitationDialog } from "./invitation-dialog";

const emptyUser = { name: "", email: "", role: "staff" as Role, password: "" };
type AddUserValues = typeof emptyUser;

function generatePassword(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

export function AddUserDialog({ roles }: { roles: readonly Role[] }) {
  const form = useForm({ resolver: zodResolver(addUserSchema), defaultValues: emptyUser });
  const dialog = useInvitationDialog(form, {
    initial: emptyUser,
    save: addUserAction,
    title: "User added",
    instructions: (email) =>
      `Send this link to ${email}, and the temporary password separately. They join by opening the link and signing in: with the temporary password if they are new to Customer Hub, with their own password if they already have an account. They appear under Users once they have joined.`,
  });

  return (
    <ShownOnceDialog
      dialog={dialog}
      schema={addUserSchema}
      trigger={
        <Button>
          <UserPlusIcon aria-hidden="true" />
          Add user
        </Button>
      }
      title="Add user"
      description="Creates an account with a temporary password and an invitation link. An existing Customer Hub account is never changed: its owner accepts with their own password."
      submitLabel="Add user"
    >
      <TextField<AddUserValues> name="name" label="Name" autoComplete="off" />
      <InvitationFields roles={roles} />
      <TextField<AddUserValues>
        name="password"
        label="Temporary password"
        type="text"
        autoComplete="new-password"
        inputClassName="font-mono"
        addon={
          <Button
            type="button"
            variant="outline"
            onClick={() => form.setValue("password", generatePassword(), { shouldValidate: true })}
          >
            Generate
          </Button>
        }
        description={
          <>At least {MIN_PASSWORD_LENGTH} characters. Used only if the email has no Customer Hub account yet.</>
        }
      />
    </ShownOnceDialog>
  );
}
