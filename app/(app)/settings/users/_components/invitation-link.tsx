"use client";
// The result of "Add user" and "Invite": the invitation link to copy and send, the same for every email.
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field, FieldControl, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CopyButton } from "../../_components/copy-button";
import { formatDateTime } from "../../_components/format";

export interface CreatedInvitation {
  url: string;
  email: string;
  expiresAt: Date;
}

interface Props {
  title: string;
  invitation: CreatedInvitation;
  children: React.ReactNode;
  onDone: () => void;
}

export function InvitationLink({ title, invitation, children, onDone }: Props) {
  return (
    <div className="flex flex-col gap-4">
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>
          {children} The link works once and expires {formatDateTime(invitation.expiresAt)}.
        </DialogDescription>
      </DialogHeader>
      <Field>
        <FieldLabel>Invitation link</FieldLabel>
        <div className="flex w-full gap-2">
          <FieldControl>
            <Input
              readOnly
              value={invitation.url}
              className="font-mono text-xs"
              onFocus={(e) => e.currentTarget.select()}
            />
          </FieldControl>
          <CopyButton value={invitation.url} />
        </div>
      </Field>
      <DialogFooter>
        <Button type="button" onClick={onDone}>
          Done
        </Button>
      </DialogFooter>
    </div>
  );
}

/** The link as a full URL on this site, for a server answer carrying its path. */
export function toCreatedInvitation(created: { path: string; email: string; expiresAt: Date }): CreatedInvitation {
  return { url: `${window.location.origin}${created.path}`, email: created.email, expiresAt: created.expiresAt };
}
