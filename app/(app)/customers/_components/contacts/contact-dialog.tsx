"use client";

// "Add contact" (with its trigger button) or, given a contact, its Edit dialog: the same fields and
// schema as the server; the server's field errors come back onto their fields.
import * as React from "react";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlusIcon } from "lucide-react";
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
  DialogTrigger,
} from "@/components/ui/dialog";
import { createContactAction, updateContactAction } from "@/lib/contacts/actions";
import { contactInputSchemaFor, type ContactInput } from "@/lib/contacts/schemas";
import { applyActionError } from "@/lib/form-errors";
import { ContactFields } from "./contact-fields";
import type { ContactView } from "./contact-view";
import { describeConsent } from "./consent";

type ContactDialogProps = {
  customerId: string;
  country: string | null;
  /** Edit this contact (the dialog is then controlled); without it, "Add contact". */
  contact?: ContactView;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
};

const blank: ContactInput = {
  firstName: "",
  lastName: "",
  email: "",
  phone: "",
  mobile: "",
  jobTitle: "",
  roles: [],
  preferredContactMethod: "",
  receivesOrderUpdates: true,
  receivesMarketing: false,
  portalAccess: false,
  notes: "",
};

function valuesOf(contact: ContactView | undefined): ContactInput {
  if (!contact) return blank;
  const { firstName, lastName, email, roles, receivesOrderUpdates, receivesMarketing, portalAccess } = contact;
  return {
    ...{ firstName, lastName, email, roles, receivesOrderUpdates, receivesMarketing, portalAccess },
    phone: contact.phone ?? "",
    mobile: contact.mobile ?? "",
    jobTitle: contact.jobTitle ?? "",
    preferredContactMethod: contact.preferredContactMethod ?? "",
    notes: contact.notes ?? "",
  };
}

export function ContactDialog({ customerId, country, contact, ...controlled }: ContactDialogProps) {
  const [ownOpen, setOwnOpen] = React.useState(false);
  const open = controlled.open ?? ownOpen;
  const [isPending, startTransition] = React.useTransition();
  const schema = React.useMemo(() => contactInputSchemaFor(country), [country]);
  const form = useForm<ContactInput>({
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues: valuesOf(contact),
  });

  function onOpenChange(next: boolean) {
    (controlled.onOpenChange ?? setOwnOpen)(next);
    if (!next) form.reset(valuesOf(contact));
  }

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = contact
        ? await updateContactAction({ ...values, contactId: contact.id, version: contact.version })
        : await createContactAction({ ...values, customerId });
      if ("error" in result) {
        applyActionError(form, result.error);
        return;
      }
      toast.success(contact ? "Contact updated" : "Contact added");
      onOpenChange(false);
    }),
  );

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {contact ? null : (
        <DialogTrigger asChild>
          <Button variant="outline" size="sm">
            <UserPlusIcon aria-hidden="true" />
            Add contact
          </Button>
        </DialogTrigger>
      )}
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{contact ? `Edit ${contact.name}` : "Add a contact"}</DialogTitle>
          <DialogDescription>
            {contact
              ? "Change this person's details and preferences."
              : "A person to reach at this customer. The first contact becomes the primary contact."}
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
            <ContactFields consentNote={contact ? describeConsent(contact) : null} />
            <FormAlert message={form.formState.errors.root?.message} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
                Cancel
              </Button>
              <SubmitButton isPending={isPending}>{contact ? "Save" : "Add contact"}</SubmitButton>
            </DialogFooter>
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
