"use client";

// A customer's contacts: name and job title, email and preferred method, phones, role badges, the
// Primary badge, portal access and marketing consent (when and by whom). On a phone the name cell also carries
// the email and phone (their columns give way) and the row's actions stay in reach.
import { Badge } from "@/components/ui/badge";
import { showFromClass } from "@/components/data-table/responsive";
import { SimpleTable, TitleCell } from "@/components/simple-table";
import { TableCell, TableRow } from "@/components/ui/table";
import { contactMethodLabels, contactRoleLabels } from "@/lib/contacts/options";
import { PhoneLink } from "@/components/contact-links";
import { EmailLink } from "@/components/email-link";
import { ContactRowActions } from "./contact-row-actions";
import type { ContactView } from "./contact-view";
import { useDisplayPrefs } from "@/components/display-prefs";
import { describeConsent } from "./consent";
import { marketingConsentLabels } from "@/lib/consent/options";

type ContactsTableProps = {
  contacts: ContactView[];
  customerId: string;
  country: string | null;
  canManage: boolean;
  canErase: boolean;
};

export function ContactsTable({ contacts, customerId, country, canManage, canErase }: ContactsTableProps) {
  const prefs = useDisplayPrefs();
  return (
    <SimpleTable
      caption="Contacts"
      columns={[
        "Name",
        { label: "Email", className: showFromClass.md },
        { label: "Phone", className: showFromClass.md },
        { label: "Roles", className: showFromClass.sm },
      ]}
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
            <div className="text-xs md:hidden">
              <EmailLink email={contact.email} className="break-all" />
              {contact.phone ? (
                <p>
                  <PhoneLink phone={contact.phone} />
                </p>
              ) : null}
              {contact.mobile ? (
                <p className="text-muted-foreground">
                  Mobile <PhoneLink phone={contact.mobile} />
                </p>
              ) : null}
            </div>
            {contact.marketingConsent !== "not_asked" ? (
              <p className="text-xs text-muted-foreground">
                Marketing {marketingConsentLabels[contact.marketingConsent].toLowerCase()}
                {describeConsent(contact, prefs) ? ` · ${describeConsent(contact, prefs)}` : ""}
              </p>
            ) : null}
          </TitleCell>
          <TableCell className={showFromClass.md}>
            <EmailLink email={contact.email} />
            {contact.preferredContactMethod ? (
              <p className="text-xs text-muted-foreground">
                Preferred: {contactMethodLabels[contact.preferredContactMethod]}
              </p>
            ) : null}
          </TableCell>
          <TableCell className={showFromClass.md}>
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
          <TableCell className={showFromClass.sm}>
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
              <ContactRowActions contact={contact} customerId={customerId} country={country} canErase={canErase} />
            </TableCell>
          ) : null}
        </TableRow>
      ))}
    </SimpleTable>
  );
}
