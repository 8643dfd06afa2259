// Customers and their contacts: created the real way (through the mutations, rules applied) or written
// directly as rows when a test is about something else.
import type { Ctx } from "@/lib/auth/context";
import { createContact } from "@/lib/contacts/mutations";
import type { ContactInput } from "@/lib/contacts/schemas";
import { createCustomer } from "@/lib/customers/mutations";
import { customerRowsForInsert } from "@/lib/customers/rows";
import type { CustomerInput } from "@/lib/customers/schemas";
import { customerSearchText } from "@/lib/customers/search-text";
import { db } from "@/lib/db";
import { uniq } from "./orgs";

/** A customer created through lib/customers (validation, defaults, activity), with a unique name. */
export function makeCustomer(ctx: Ctx, overrides: CustomerInput = {}) {
  const defaultName = overrides.kind === "person" ? {} : { name: uniq("Customer ") };
  return createCustomer(ctx, { ...defaultName, ...overrides });
}

/** A customer written directly (its rules live in lib/customers), with its own search text. */
export function makeCustomerRow(
  ctx: Ctx,
  overrides: { name?: string; country?: string | null; archived?: boolean } = {},
) {
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

/** `n` validated customers in one insert (owned by `ownerId` when given); their ids in creation order. */
export async function makeCustomerRows(
  ctx: Ctx,
  n: number,
  overrides: CustomerInput & { ownerId?: string | null } = {},
) {
  const { ownerId = null, ...input } = overrides;
  const prefix = uniq("Bulk ");
  const rows = customerRowsForInsert(
    ctx.orgId,
    Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${String(i).padStart(4, "0")}`, ...input })),
    ctx.userId,
  ).map((row) => ({ ...row, ownerId }));
  const created = await db.customer.createManyAndReturn({ data: rows, select: { id: true } });
  return created.map((row) => row.id);
}

export function contactInput(overrides: Partial<ContactInput> = {}): ContactInput {
  return { firstName: "Ana", lastName: uniq("Lopez-"), email: `${uniq("ana-")}@example.test`, ...overrides };
}

/** A contact created through lib/contacts. */
export function makeContact(ctx: Ctx, customerId: string, overrides: Partial<ContactInput> = {}) {
  return createContact(ctx, customerId, contactInput(overrides));
}
