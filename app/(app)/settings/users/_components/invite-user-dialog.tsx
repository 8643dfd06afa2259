"use client";
// "Invite": email and role → a link valid for 7 days, shown here to copy and send.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { MailPlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/auth/permissions";
import { inviteUserAction } from "@/lib/users/actions";
import { inviteUserSchema } from "@/lib/users/schemas";
import { ShownOnceDialog } from "../../_components/shown-once-dialog";
import { InvitationFields, useInvitationDialog } from "./invitation-dialog";

const emptyInvite = { email: "", role: "staff" as Role };

export function InviteUserDialog({ roles }: { roles: readonly Role[] }) {
  const form = useForm({ resolver: zodResolver(inviteUserSchema), defaultValues: emptyInvite });
  const dialog = useInvitationDialog(form, {
    initial: emptyInvite,
    save: inviteUserAction,
    title: "Invitation created",
    instructions: (email) => `Send this link to ${email}.`,
  });

  return (
    <ShownOnceDialog
      dialog={dialog}
      schema={inviteUserSchema}
      trigger={
        <Button variant="outline">
          <MailPlusIcon aria-hidden="true" />
          Invite
        </Button>
      }
      title="Invite a user"
      description="They join by opening the link: someone new chooses a name and password; someone with a Customer Hub account signs in with it."
      submitLabel="Create invitation"
    >
      <InvitationFields roles={roles} />
    </ShownOnceDialog>
  );
}
