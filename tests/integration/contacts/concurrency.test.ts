// Races on one customer keep exactly one primary contact (the customer row lock).
import { describe, expect, it } from "vitest";
import { setPrimaryContact } from "@/lib/contacts/mutations";
import type { Contact } from "@/lib/generated/prisma/client";
import { primaryIds } from "./helpers";
import { db } from "@/lib/db";
import { makeContact, makeCustomerRow, makeOrgWithRoles } from "@/tests/factories";

const { staff } = await makeOrgWithRoles();

// PGlite is one connection, so only a PostgreSQL server really interleaves these transactions.
describe.runIf(process.env.TEST_DATABASE_URL)("concurrent contact changes on one customer", () => {
  it("30 parallel setPrimaryContact calls and 10 parallel creates leave exactly one primary", async () => {
    const customer = await makeCustomerRow(staff);
    const contacts: Contact[] = [];
    for (let i = 0; i < 5; i++) contacts.push(await makeContact(staff, customer.id));
    const results = await Promise.allSettled([
      ...Array.from({ length: 30 }, (_, i) => setPrimaryContact(staff, contacts[i % contacts.length]!.id)),
      ...Array.from({ length: 10 }, () => makeContact(staff, customer.id)),
    ]);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await db.contact.count({ where: { customerId: customer.id, deletedAt: null } })).toBe(15);
    const primaries = await primaryIds(customer.id);
    expect(primaries).toHaveLength(1);
    expect(contacts.map((c) => c.id)).toContain(primaries[0]);
  });

  it("10 parallel first contacts on a new customer leave exactly one primary", async () => {
    const customer = await makeCustomerRow(staff);
    await Promise.all(Array.from({ length: 10 }, () => makeContact(staff, customer.id)));
    expect(await primaryIds(customer.id)).toHaveLength(1);
  });
});
