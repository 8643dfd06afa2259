"use client";

// Edits a link's relationship, status, since and notes; making the primary former hands primary on.
import * as React from "react";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";

import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/form-actions";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { updateLinkAction } from "@/lib/asset-links/actions";
import { linkUpdateSchema, type LinkUpdateInput } from "@/lib/asset-links/schemas";
import { applyActionError } from "@/lib/form-errors";
import { LinkFields } from "./link-fields";
import type { LinkView } from "./link-view";

type EditLinkDialogProps = { link: LinkView; open: boolean; onOpenChange: (open: boolean) => void };

export function EditLinkDialog({ link, open, onOpenChange }: EditLinkDialogProps) {
  const [isPending, startTransition] = React.useTransition();
  const form = useForm<LinkUpdateInput>({
    resolver: zodResolver(linkUpdateSchema, undefined, { raw: true }),
    defaultValues: {
      relationship: link.relationship,
      status: link.status,
      since: link.since ?? "",
      notes: link.notes ?? "",
    },
  });
  const rootError = form.formState.errors.root;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await updateLinkAction({ ...values, linkId: link.id });
      if ("error" in result) {
        applyActionError(form, result.error);
        return;
      }
      toast.success("Link updated");
      onOpenChange(false);
    }),
  );

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Edit link to {link.title}</DialogTitle>
          <DialogDescription>
            {link.isPrimary
              ? "This is the primary link. Setting it to former or prospective makes the next current link primary."
              : "Change how this customer relates to the aircraft or vehicle."}
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
            <LinkFields />
            <FormAlert message={rootError?.message} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
                Cancel
              </Button>
              <SubmitButton isPending={isPending}>Save</SubmitButton>
            </DialogFooter>
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
