// A customer's Contacts tab: its live contacts (primary first) and, for staff, the add and row actions.
import { UsersIcon } from "lucide-react";

import { requireCtx } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getContactCountry, listContacts } from "@/lib/contacts/queries";
import { ContactDialog } from "./contact-dialog";
import { ContactsTable } from "./contacts-table";
import { toContactView } from "./contact-view";

type CustomerContactsTabProps = { customerId: string; readOnly?: boolean };

export async function CustomerContactsTab({ customerId, readOnly = false }: CustomerContactsTabProps) {
  const ctx = await requireCtx();
  const [contacts, country] = await Promise.all([listContacts(ctx, customerId), getContactCountry(ctx, customerId)]);
  // An archived customer's contacts are read-only, and so are those of one seen with limited details.
  const canManage = can(ctx.role, "contact:manage") && !readOnly;
  return (
    <section aria-label="Contacts" className="flex flex-col gap-4">
      {canManage ? (
        <div className="flex justify-end">
          <ContactDialog customerId={customerId} country={country} />
        </div>
      ) : null}
      {contacts.length > 0 ? (
        <ContactsTable
          contacts={contacts.map(toContactView)}
          customerId={customerId}
          country={country}
          canManage={canManage}
          canErase={canManage && can(ctx.role, "privacy:erase")}
        />
      ) : (
        <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed px-6 py-12 text-center">
          <UsersIcon aria-hidden="true" className="size-6 text-muted-foreground" />
          <p className="max-w-sm text-sm text-muted-foreground">
            No contacts yet. The first contact you add becomes the primary contact.
          </p>
        </div>
      )}
    </section>
  );
}
