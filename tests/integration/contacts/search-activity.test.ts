// Customer search finds a customer by its live contacts; every contact change is on the timeline.
import { describe, expect, it } from "vitest";
import { deleteContact, restoreContact, setPrimaryContact, updateContact } from "@/lib/contacts/mutations";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { updateCustomer } from "@/lib/customers/mutations";
import { db } from "@/lib/db";
import { makeContact, makeCustomerRow, makeOrgWithRoles, rejectionOf, uniq } from "@/tests/factories";
import { contactActivity } from "./helpers";

const { staff } = await makeOrgWithRoles();

const found = async (q: string) =>
  (await listCustomers(staff, parseCustomerListParams({ q }))).rows.map((row) => row.id);

describe("customer search by contact", () => {
  it("finds the customer by a live contact's name, email and phone, and forgets deleted contacts", async () => {
    const customer = await makeCustomerRow(staff, { country: "US" });
    const surname = uniq("Zoë");
    const mailbox = uniq("desk-");
    const contact = await makeContact(staff, customer.id, {
      firstName: "Renée",
      lastName: surname,
      email: `${mailbox}@hangar.test`,
      mobile: "(415) 555-0134",
    });
    expect(await found(surname.replace("ë", "e"))).toEqual([customer.id]);
    expect(await found(`${mailbox}@HANGAR.test`)).toEqual([customer.id]);
    expect(await found("415 555 0134")).toContain(customer.id);
    await deleteContact(staff, contact.id);
    expect(await found(surname)).toEqual([]);
    await restoreContact(staff, contact.id);
    expect(await found(surname)).toEqual([customer.id]);
  });

  it("keeps the contacts' text when the customer itself is edited", async () => {
    const customer = await makeCustomerRow(staff);
    const surname = uniq("Keep-");
    await makeContact(staff, customer.id, { lastName: surname });
    const renamed = uniq("Renamed ");
    await updateCustomer(staff, customer.id, { name: renamed });
    expect(await found(surname)).toEqual([customer.id]);
    expect(await found(renamed)).toEqual([customer.id]);
  });
});

describe("activity", () => {
  it("records created, updated (with a diff), primary_changed, deleted and restored", async () => {
    const customer = await makeCustomerRow(staff);
    const a = await makeContact(staff, customer.id, { firstName: "Ana", lastName: "Ruiz" });
    const b = await makeContact(staff, customer.id, { firstName: "Bo", lastName: "Lind" });
    await updateContact(staff, a.id, { jobTitle: "Chief pilot" });
    await updateContact(staff, a.id, { jobTitle: "Chief pilot" });
    await setPrimaryContact(staff, b.id);
    await deleteContact(staff, b.id);
    await restoreContact(staff, b.id);
    const entries = await contactActivity(customer.id);
    expect(entries.map((e) => [e.entityId, e.action])).toEqual([
      [a.id, "created"],
      [b.id, "created"],
      [a.id, "updated"],
      [b.id, "primary_changed"],
      [b.id, "deleted"],
      [a.id, "primary_changed"],
      [b.id, "restored"],
    ]);
    expect(entries[2]).toMatchObject({
      summary: 'Contact "Ana Ruiz" updated',
      changes: { jobTitle: { from: null, to: "Chief pilot" } },
      actorId: staff.userId,
    });
    expect(entries[3]).toMatchObject({
      summary: '"Bo Lind" is now the primary contact',
      changes: { primaryContact: { from: "Ana Ruiz", to: "Bo Lind" } },
    });
  });

  it("records nothing when the change fails", async () => {
    const customer = await makeCustomerRow(staff);
    const a = await makeContact(staff, customer.id, { email: "one@example.test" });
    const b = await makeContact(staff, customer.id);
    const before = await db.activity.count({ where: { customerId: customer.id } });
    expect((await rejectionOf(updateContact(staff, b.id, { email: "ONE@example.test" }))).code).toBe("CONFLICT");
    expect((await rejectionOf(updateContact(staff, a.id, { jobTitle: "x" }, { expectedVersion: 9 }))).code).toBe(
      "CONFLICT",
    );
    expect(await db.activity.count({ where: { customerId: customer.id } })).toBe(before);
  });
});
