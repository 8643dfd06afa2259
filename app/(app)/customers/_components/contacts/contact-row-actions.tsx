"use client";

// A contact's actions menu: make primary, edit (dialog), delete — with Undo in the toast — and, for admins,
// erase the contact's personal data (irreversible, with a typed confirmation).
import * as React from "react";
import { EraserIcon, PencilIcon, StarIcon, Trash2Icon } from "lucide-react";
import { toast } from "sonner";

import { useRowFocus } from "@/components/hooks/use-row-focus";
import { RowActionsMenu } from "@/components/row-actions-menu";
import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import { deleteContactAction, restoreContactAction, setPrimaryContactAction } from "@/lib/contacts/actions";
import { eraseContactAction } from "@/lib/privacy/erasure-actions";
import { EraseDialog } from "../erase-dialog";
import { ContactDialog } from "./contact-dialog";
import type { ContactView } from "./contact-view";

type ContactAction = typeof setPrimaryContactAction;
type ContactRowActionsProps = { contact: ContactView; customerId: string; country: string | null; canErase: boolean };

export function ContactRowActions({ contact, customerId, country, canErase }: ContactRowActionsProps) {
  const [editing, setEditing] = React.useState(false);
  const [erasing, setErasing] = React.useState(false);
  const [isPending, startTransition] = React.useTransition();
  const focus = useRowFocus(isPending);

  function run(action: ContactAction, onSuccess: () => void) {
    focus.afterAction();
    startTransition(async () => {
      const result = await action({ contactId: contact.id });
      if ("error" in result) toast.error(result.error.message);
      else onSuccess();
    });
  }

  // The row is gone by the time Undo is clicked, so the restore must not depend on its state.
  const undo = async () => {
    const result = await restoreContactAction({ contactId: contact.id });
    if ("error" in result) toast.error(result.error.message);
    else toast.success(`${contact.name} restored`);
  };

  const remove = () =>
    run(deleteContactAction, () =>
      toast("Contact deleted", { description: contact.name, action: { label: "Undo", onClick: () => void undo() } }),
    );

  return (
    <>
      <RowActionsMenu label={`Actions for ${contact.name}`} busy={isPending} focus={focus} className="w-48">
        {contact.isPrimary ? null : (
          <DropdownMenuItem
            onSelect={() =>
              run(setPrimaryContactAction, () => toast.success(`${contact.name} is now the primary contact`))
            }
          >
            <StarIcon aria-hidden="true" />
            Make primary
          </DropdownMenuItem>
        )}
        <DropdownMenuItem onSelect={() => setEditing(true)}>
          <PencilIcon aria-hidden="true" />
          Edit
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem variant="destructive" onSelect={remove}>
          <Trash2Icon aria-hidden="true" />
          Delete
        </DropdownMenuItem>
        {canErase ? (
          <DropdownMenuItem variant="destructive" onSelect={() => setErasing(true)}>
            <EraserIcon aria-hidden="true" />
            Erase personal data…
          </DropdownMenuItem>
        ) : null}
      </RowActionsMenu>
      {canErase ? (
        <EraseDialog
          open={erasing}
          onOpenChange={setErasing}
          onCloseAutoFocus={focus.onCloseAutoFocus}
          title={`Erase ${contact.name}'s personal data`}
          description={
            <>
              The contact&apos;s name, email, phones, job title and notes are replaced with neutral values, its changes
              on the timeline lose their values, and the contact is deleted for good (it cannot be restored). The
              customer and its other contacts stay. Who erased it, when and why is recorded.
            </>
          }
          confirmLabel="the contact's full name or email"
          save={(values) => eraseContactAction({ ...values, contactId: contact.id })}
          successMessage="Contact's personal data erased"
        />
      ) : null}
      {editing ? (
        // Mounted per opening, so the form starts from the contact as it is now.
        <ContactDialog
          customerId={customerId}
          country={country}
          contact={contact}
          open
          onOpenChange={setEditing}
          onCloseAutoFocus={focus.onCloseAutoFocus}
        />
      ) : null}
    </>
  );
}
