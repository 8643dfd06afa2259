"use client";

// Edits a link's relationship, status, since and notes; making the primary former hands primary on.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";

import { FormDialog } from "@/components/form/form-dialog";
import { useFormDialog } from "@/components/hooks/use-form-dialog";
import { updateLinkAction } from "@/lib/asset-links/actions";
import { linkUpdateSchema, type LinkUpdateInput } from "@/lib/asset-links/schemas";
import { LinkFields } from "./link-fields";
import type { LinkView } from "./link-view";

type EditLinkDialogProps = {
  link: LinkView;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

export function EditLinkDialog({ link, open, onOpenChange, onCloseAutoFocus }: EditLinkDialogProps) {
  const initial: LinkUpdateInput = {
    relationship: link.relationship,
    status: link.status,
    since: link.since ?? "",
    notes: link.notes ?? "",
  };
  const form = useForm<LinkUpdateInput>({
    resolver: zodResolver(linkUpdateSchema, undefined, { raw: true }),
    defaultValues: initial,
  });
  const dialog = useFormDialog(form, {
    initial,
    save: (values) => updateLinkAction({ ...values, linkId: link.id }),
    successMessage: "Link updated",
    open,
    onOpenChange,
  });

  return (
    <FormDialog
      dialog={dialog}
      schema={linkUpdateSchema}
      onCloseAutoFocus={onCloseAutoFocus}
      className="sm:max-w-lg"
      title={`Edit link to ${link.title}`}
      description={
        link.isPrimary
          ? "This is the primary link. Setting it to former or prospective makes the next current link primary."
          : "Change how this customer relates to the aircraft or vehicle."
      }
      submitLabel="Save"
    >
      <LinkFields />
    </FormDialog>
  );
}
