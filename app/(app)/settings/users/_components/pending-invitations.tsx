"use client";
// Invitations not yet accepted: copy the link again or revoke it.
import { use, useTransition } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SimpleTable } from "@/components/simple-table";
import { showFromClass } from "@/components/data-table/responsive";
import { TableCell, TableRow } from "@/components/ui/table";
import { roleLabels } from "@/lib/auth/permissions";
import { revokeInvitationAction } from "@/lib/users/actions";
import type { InvitationRow } from "@/lib/users/queries";
import { CopyButton } from "../../_components/copy-button";
import { LocalDate } from "@/components/time";

function RevokeInvitationButton({ invitation }: { invitation: InvitationRow }) {
  const [isPending, startTransition] = useTransition();
  function revoke() {
    startTransition(async () => {
      const result = await revokeInvitationAction({ invitationId: invitation.id });
      if ("error" in result) toast.error(result.error.message);
      else toast.success(`The invitation for ${invitation.email} was revoked.`);
    });
  }
  return (
    <Button
      variant="ghost"
      size="sm"
      onClick={revoke}
      disabled={isPending}
      aria-label={`Revoke invitation for ${invitation.email}`}
    >
      Revoke
    </Button>
  );
}

export function PendingInvitations({ invitations }: { invitations: Promise<InvitationRow[]> }) {
  const rows = use(invitations);
  if (rows.length === 0) return null;

  return (
    <section aria-labelledby="invitations-heading" className="flex flex-col gap-3">
      <h3 id="invitations-heading" className="text-base font-semibold">
        Pending invitations
      </h3>
      <SimpleTable
        columns={[
          "Email",
          { label: "Role", className: showFromClass.sm },
          { label: "Invited by", className: showFromClass.lg },
          "Expires",
        ]}
        actions
      >
        {rows.map((invitation) => (
          <TableRow key={invitation.id}>
            <TableCell className="font-medium break-all whitespace-normal">{invitation.email}</TableCell>
            <TableCell className={showFromClass.sm}>{roleLabels[invitation.role]}</TableCell>
            <TableCell className={showFromClass.lg}>{invitation.invitedBy}</TableCell>
            <TableCell>
              {invitation.expired ? (
                <Badge variant="outline">Expired</Badge>
              ) : (
                <LocalDate date={invitation.expiresAt} />
              )}
            </TableCell>
            <TableCell className="flex justify-end gap-1">
              <CopyButton value={`/invite/${invitation.id}`} label="Copy link" />
              <RevokeInvitationButton invitation={invitation} />
            </TableCell>
          </TableRow>
        ))}
      </SimpleTable>
    </section>
  );
}
