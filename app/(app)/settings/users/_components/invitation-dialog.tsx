"use client";
// What "Add user" and "Invite" share: the Email and Role fields, and the result, the invitation link
// to copy and send, the same for every email.
import type * as React from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/form/fields";
import type { Role } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/safe-action";
import { LocalDate } from "@/components/time";
import { RoleField } from "../../_components/role-field";
import { useShownOnceDialog } from "../../_components/shown-once-dialog";

type CreatedInvitation = { path: string; email: string; expiresAt: Date };

interface InvitationDialogOptions<V extends FieldValues> {
  initial: V;
  save: (values: V) => Promise<ActionResult<CreatedInvitation>>;
  title: string;
  /** What to do with the link, before when it expires. */
  instructions: (email: string) => React.ReactNode;
}

export function useInvitationDialog<V extends FieldValues>(
  form: UseFormReturn<V>,
  { initial, save, title, instructions }: InvitationDialogOptions<V>,
) {
  return useShownOnceDialog(form, {
    initial,
    save,
    reveal: (created) => ({
      title,
      description: (
        <>
          {instructions(created.email)} The link works once and expires <LocalDate date={created.expiresAt} withTime />.
        </>
      ),
      label: "Invitation link",
      // The link as a full URL on this site.
      value: `${window.location.origin}${created.path}`,
      doneLabel: "Done",
    }),
  });
}

export function InvitationFields({ roles }: { roles: readonly Role[] }) {
  return (
    <>
      <TextField<{ email: string }> name="email" label="Email" type="email" autoComplete="off" />
      <RoleField roles={roles} />
    </>
  );
}
