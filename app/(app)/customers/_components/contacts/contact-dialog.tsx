"use client";

// "Add contact" (with its trigger button) or, given a contact, its Edit dialog: the same fields and
// schema as the server; the server's field errors come back onto their fields.
import * as React from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlusIcon } from "lucide-react";

import { FormDialog } from "@/components/form/form-dialog";
import { useFormDialog } from "@/components/hooks/use-form-dialog";
import { Button } from "@/components/ui/button";
import { createContactAction, updateContactAction } from "@/lib/contacts/actions";
import { contactInputSchemaFor, type ContactInput } from "@/lib/contacts/schemas";
import { ContactFields } from "./contact-fields";
import type { ContactView } from "./contact-view";
import { useDisplayPrefs } from "@/components/display-prefs";
import { describeConsent } from "./consent";

type ContactDialogProps = {
  customerId: string;
  country: string | null;
  /** Edit this contact (the dialog is then controlled); without it, "Add contact". */
  contact?: ContactView;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Where focus goes when it closes (the row's menu button, when opened from it). */
  onCloseAutoFocus?: (event: Event) => void;
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
  marketingConsent: "not_asked",
  newsletter: false,
  emailVerified: false,
  phoneVerified: false,
  receivesOrderUpdates: true,
  portalAccess: false,
  notes: "",
};

function valuesOf(contact: ContactView | undefined): ContactInput {
  if (!contact) return blank;
  const { firstName, lastName, email, roles, receivesOrderUpdates, portalAccess } = contact;
  const { marketingConsent, newsletter, emailVerified, phoneVerified } = contact;
  return {
    ...{ firstName, lastName, email, roles, receivesOrderUpdates, portalAccess },
    ...{ marketingConsent, newsletter, emailVerified, phoneVerified },
    phone: contact.phone ?? "",
    mobile: contact.mobile ?? "",
    jobTitle: contact.jobTitle ?? "",
    preferredContactMethod: contact.preferredContactMethod ?? "",
    notes: contact.notes ?? "",
  };
}

export function ContactDialog({
  customerId,
  country,
  contact,
  open,
  onOpenChange,
  onCloseAutoFocus,
}: ContactDialogProps) {
  const schema = React.useMemo(() => contactInputSchemaFor(country), [country]);
  const form = useForm<ContactInput>({
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues: valuesOf(contact),
  });
  const prefs = useDisplayPrefs();
  const dialog = useFormDialog(form, {
    initial: valuesOf(contact),
    save: (values) =>
      contact
        ? updateContactAction({ ...values, contactId: contact.id, version: contact.version })
        : createContactAction({ ...values, customerId }),
    successMessage: contact ? "Contact updated" : "Contact added",
    open,
    onOpenChange,
  });

  return (
    <FormDialog
      dialog={dialog}
      schema={schema}
      onCloseAutoFocus={onCloseAutoFocus}
      trigger={
        contact ? undefined : (
          <Button variant="outline" size="sm">
            <UserPlusIcon aria-hidden="true" />
            Add contact
          </Button>
        )
      }
      className="sm:max-w-xl"
      title={contact ? `Edit ${contact.name}` : "Add a contact"}
      description={
        contact
          ? "Change this person's details and preferences."
          : "A person to reach at this customer. The first contact becomes the primary contact."
      }
      submitLabel={contact ? "Save" : "Add contact"}
    >
      <ContactFields consentNote={contact ? describeConsent(contact, prefs) : null} />
    </FormDialog>
  );
}
