// Shared setup for the contact tests: an organization with a context per role, customers, contacts.
import type { Ctx } from "@/lib/auth/context";
import { createContact } from "@/lib/contacts/mutations";
import type { ContactInput } from "@/lib/contacts/schemas";
import { db } from "@/lib/db";
import { customerSearchText } from "@/lib/customers/search-text";
import { uniq } from "@/tests/factories";

export { rejectionOf, setupOrg } from "../customers/helpers";

/** A customer written directly (its rules live in lib/customers), with its own search text. */
export function makeCustomer(ctx: Ctx, overrides: { name?: string; country?: string | null; archived?: boolean } = {}) {
  const name = overrides.name ?? uniq("Customer ");
  return db.customer.create({
    data: {
      organizationId: ctx.orgId,
      name,
      country: overrides.country === undefined ? "US" : overrides.country,
      searchText: customerSearchText({ name }),
      archivedAt: overrides.archived ? new Date() : null,
    },
  });
}

export function contactInput(overrides: Partial<ContactInput> = {}): ContactInput {
  return { firstName: "Ana", lastName: uniq("Lopez-"), email: `${uniq("ana-")}@example.test`, ...overrides };
}

export function makeContact(ctx: Ctx, customerId: string, overrides: Partial<ContactInput> = {}) {
  return createContact(ctx, customerId, contactInput(overrides));
}

/** Ids of the customer's live primary contacts, straight from the table. */
export async function primaryIds(customerId: string): Promise<string[]> {
  const rows = await db.contact.findMany({
    where: { customerId, isPrimary: true, deletedAt: null },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** The customer's contact activity entries, oldest first. */
export function contactActivity(customerId: string) {
  return db.activity.findMany({
    where: { customerId, entityType: "contact" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { entityId: true, action: true, summary: true, changes: true, actorId: true },
  });
}
