"use client";

// A customer's contacts: name and job title, email and preferred method, phones, role badges, the
// Primary badge, portal access and marketing consent (when and by whom).
import { Badge } from "@/components/ui/badge";
import { SimpleTable, TitleCell } from "@/components/simple-table";
import { TableCell, TableRow } from "@/components/ui/table";
import { contactMethodLabels, contactRoleLabels } from "@/lib/contacts/options";
import { EmailLink, PhoneLink } from "@/components/contact-links";
import { ContactRowActions } from "./contact-row-actions";
import type { ContactView } from "./contact-view";
import { useDisplayPrefs } from "@/components/display-prefs";
import { describeConsent } from "./consent";

type ContactsTableProps = { contacts: ContactView[]; customerId: string; country: string | null; canManage: boolean };

export function ContactsTable({ contacts, customerId, country, canManage }: ContactsTableProps) {
  const prefs = useDisplayPrefs();
  return (
    <SimpleTable
      caption="Contacts"
      columns={["Name", "Email", "Phone", "Roles"]}
      actions={canManage}
      className="rounded-xl border"
    >
      {contacts.map((contact) => (
        <TableRow key={contact.id}>
          <TitleCell
            title={<span className="font-medium">{contact.name}</span>}
            badges={contact.isPrimary ? <Badge>Primary</Badge> : null}
          >
            {contact.jobTitle ? <p className="text-xs text-muted-foreground">{contact.jobTitle}</p> : null}
            {contact.receivesMarketing ? (
              <p className="text-xs text-muted-foreground">{describeConsent(contact, prefs) ?? "Receives marketing"}</p>
            ) : null}
          </TitleCell>
          <TableCell>
            <EmailLink email={contact.email} />
            {contact.preferredContactMethod ? (
              <p className="text-xs text-muted-foreground">
                Preferred: {contactMethodLabels[contact.preferredContactMethod]}
              </p>
            ) : null}
          </TableCell>
          <TableCell>
            {contact.phone ? (
              <div>
                <PhoneLink phone={contact.phone} />
              </div>
            ) : null}
            {contact.mobile ? (
              <div className="text-muted-foreground">
                Mobile <PhoneLink phone={contact.mobile} />
              </div>
            ) : null}
          </TableCell>
          <TableCell>
            <div className="flex flex-wrap gap-1">
              {contact.roles.map((role) => (
                <Badge key={role} variant="secondary">
                  {contactRoleLabels[role]}
                </Badge>
              ))}
              {contact.portalAccess ? <Badge variant="outline">Portal access</Badge> : null}
            </div>
          </TableCell>
          {canManage ? (
            <TableCell className="w-12 text-right">
              <ContactRowActions contact={contact} customerId={customerId} country={country} />
            </TableCell>
          ) : null}
        </TableRow>
      ))}
    </SimpleTable>
  );
}
