import "server-only";
// Loads one batch of customers for the export in two queries (rows with tier and owner, live
// contacts), whatever the batch size: no query per row.
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { resolveVisibility } from "@/lib/privacy/visibility";
import { maskContact, maskCustomer } from "@/lib/privacy/masking";
import type { ExportContact, ExportRow } from "@/lib/customers/export/columns";

const contactSelect = {
  customerId: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  mobile: true,
  jobTitle: true,
  isPrimary: true,
  roles: true,
  marketingConsent: true,
  newsletter: true,
} as const;

/** The customers with these ids, in the order given; `allContacts` false loads just the primary one. */
export async function loadExportRows(ctx: Ctx, ids: string[], allContacts: boolean): Promise<ExportRow[]> {
  if (ids.length === 0) return [];
  const [customers, contacts, visibility] = await Promise.all([
    db.customer.findMany({
      where: { organizationId: ctx.orgId, id: { in: ids }, mergedIntoId: null },
      include: { tier: { select: { name: true } }, owner: { select: { name: true } } },
    }),
    db.contact.findMany({
      where: {
        organizationId: ctx.orgId,
        customerId: { in: ids },
        deletedAt: null,
        ...(!allContacts && { isPrimary: true }),
      },
      select: contactSelect,
      orderBy: [{ isPrimary: "desc" }, { lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    }),
    resolveVisibility(ctx, ids),
  ]);
  const contactsOf = new Map<string, ExportContact[]>();
  for (const { customerId, ...contact } of contacts) {
    const list = contactsOf.get(customerId) ?? [];
    list.push(contact);
    contactsOf.set(customerId, list);
  }
  const byId = new Map(customers.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const customer = byId.get(id);
    if (!customer) return [];
    const { tier, owner, ...row } = customer;
    const contactRows = contactsOf.get(id) ?? [];
    // Customers seen with limited details are exported with the same masked values the list shows.
    const masked = visibility.isMasked(id);
    return [
      {
        ...(masked ? maskCustomer(row) : row),
        tierName: tier?.name ?? null,
        ownerName: owner?.name ?? null,
        contacts: masked ? contactRows.map(maskContact) : contactRows,
      },
    ];
  });
}
