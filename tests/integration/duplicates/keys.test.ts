// The duplicate keys on `customer`: the SQL key functions on realistic spellings, and the triggers
// keeping name, email, phone and domain keys current on create, update, contact changes and imports.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteContact, updateContact } from "@/lib/contacts/mutations";
import { updateCustomer } from "@/lib/customers/mutations";
import { draftEmailKeys, draftPhoneKeys } from "@/lib/duplicates/keys";
import { makeContact, makeCustomer, makeOrgWithRoles, uniq } from "@/tests/factories";

const { staff } = await makeOrgWithRoles();

async function sqlValue(fn: "dedupe_name_key" | "dedupe_domain" | "dedupe_postal" | "dedupe_fold", value: string) {
  const [row] = await db.$queryRawUnsafe<[{ v: string | null }]>(`SELECT ${fn}($1) AS v`, value);
  return row.v;
}

async function keysOf(id: string) {
  const [row] = await db.$queryRaw<
    [{ name_key: string; email_keys: string[]; phone_keys: string[]; website_domain: string | null }]
  >`SELECT name_key, email_keys, phone_keys, website_domain FROM customer WHERE id = ${id}::uuid`;
  return row;
}

describe("duplicate key functions", () => {
  it.each([
    ["Müller Flugtechnik GmbH", "Mueller Flugtechnik"],
    ["MÜLLER FLUGTECHNIK", "Muller Flugtechnik"],
    ["Schmidt Aviation GmbH & Co. KG", "Schmidt Aviation"],
    ["Bäcker Luftfahrt e.K.", "Baecker Luftfahrt"],
    ["Novák Air s.r.o.", "Novak Air"],
    ["Kowalski Serwis sp. z o.o.", "Kowalski Serwis"],
    ["Summit Air Charter, Inc.", "summit air charter"],
    ["Nordic Wings Oy", "Nordic Wings AB"],
    ["Air Côte d'Azur SARL", "Air Cote d Azur S.A.R.L."],
    ["Straße Jet Ltd.", "Strasse Jet Limited"],
  ])("%s and %s share a name key", async (a, b) => {
    expect(await sqlValue("dedupe_name_key", a)).toBe(await sqlValue("dedupe_name_key", b));
  });

  it("keeps a name that is only a legal form, and distinct names distinct", async () => {
    expect(await sqlValue("dedupe_name_key", "AG")).toBe("ag");
    expect(await sqlValue("dedupe_name_key", "Alpine Aviation AG")).toBe("alpine aviation");
    expect(await sqlValue("dedupe_name_key", "Alpine Avionics")).not.toBe(
      await sqlValue("dedupe_name_key", "Alpine Aviation"),
    );
  });

  it("reads domains, postal codes and cities", async () => {
    expect(await sqlValue("dedupe_domain", "https://www.Example.com/about?x=1")).toBe("example.com");
    expect(await sqlValue("dedupe_domain", "http://shop.example.co.uk:8080/x")).toBe("shop.example.co.uk");
    expect(await sqlValue("dedupe_domain", "example.org")).toBe("example.org");
    expect(await sqlValue("dedupe_postal", "sw1a 1aa")).toBe("SW1A1AA");
    expect(await sqlValue("dedupe_fold", "  ZÜRICH ")).toBe("zurich");
  });

  it("keys a draft's emails and phones like the stored keys", () => {
    const draft = {
      email: " Ops@Example.TEST ",
      phone: "044 668 18 00",
      country: "ch",
      contacts: [{ email: "ana@example.test", mobile: "+41 79 123 45 67", phone: "not a phone" }],
    };
    expect(draftEmailKeys(draft)).toEqual(["ana@example.test", "ops@example.test"]);
    expect(draftPhoneKeys(draft)).toEqual(["+41446681800", "+41791234567"]);
  });
});

describe("duplicate keys on customers", () => {
  it("are set on create and follow updates and contact changes", async () => {
    const email = `${uniq("ops-")}@Example.test`;
    const customer = await makeCustomer(staff, {
      name: "Müller Flugtechnik GmbH",
      email,
      phone: "+41 44 668 18 00",
      website: "https://www.mueller-flug.test/kontakt",
      country: "CH",
    });
    expect(await keysOf(customer.id)).toEqual({
      name_key: "muller flugtechnik",
      email_keys: [email.toLowerCase()],
      phone_keys: ["+41446681800"],
      website_domain: "mueller-flug.test",
    });

    const contact = await makeContact(staff, customer.id, { email: "Ana@Contact.test", mobile: "079 123 45 67" });
    expect((await keysOf(customer.id)).email_keys).toEqual(["ana@contact.test", email.toLowerCase()]);
    expect((await keysOf(customer.id)).phone_keys).toEqual(["+41446681800", "+41791234567"]);

    await updateContact(staff, contact.id, { email: "ben@contact.test", mobile: "" });
    expect((await keysOf(customer.id)).email_keys).toEqual(["ben@contact.test", email.toLowerCase()]);
    expect((await keysOf(customer.id)).phone_keys).toEqual(["+41446681800"]);

    // The contact insert's trigger (a raw insert: the data layer also rewrites the customer's search
    // text) leaves the customer's row alone when the contact adds no key, and rewrites it when it does.
    const xmin = async () =>
      (await db.$queryRaw<[{ x: string }]>`SELECT xmin::text AS x FROM customer WHERE id = ${customer.id}::uuid`)[0].x;
    const insertContact = (contactEmail: string, phone: string | null) => db.$executeRaw`
      INSERT INTO contact (id, organization_id, customer_id, first_name, last_name, email, phone)
      VALUES (${randomUUID()}::uuid, ${staff.orgId}, ${customer.id}::uuid, 'Raw', 'Contact', ${contactEmail}, ${phone})`;
    const before = await xmin();
    await insertContact(email.toUpperCase(), "+41446681800");
    expect(await xmin()).toBe(before);
    await insertContact("cy@contact.test", null);
    expect(await xmin()).not.toBe(before);
    expect((await keysOf(customer.id)).email_keys).toEqual([
      "ben@contact.test",
      "cy@contact.test",
      email.toLowerCase(),
    ]);
    await db.$executeRaw`DELETE FROM contact WHERE customer_id = ${customer.id}::uuid AND first_name = 'Raw'`;

    await deleteContact(staff, contact.id);
    expect((await keysOf(customer.id)).email_keys).toEqual([email.toLowerCase()]);

    await updateCustomer(staff, customer.id, {
      name: "Alpen Jet AG",
      email: null,
      website: null,
      secondaryPhone: "044 668 18 01",
    });
    expect(await keysOf(customer.id)).toEqual({
      name_key: "alpen jet",
      email_keys: [],
      phone_keys: ["+41446681800", "+41446681801"],
      website_domain: null,
    });
  });

  it("follow one statement's contacts across many customers: insert, move between customers, delete", async () => {
    const make = async (name: string) => (await makeCustomer(staff, { name: `${name} ${uniq()} Air` })).id;
    const [a, b, c] = [await make("Alpha"), await make("Bravo"), await make("Charlie")];
    const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()] as const;
    // One multi-row statement: two contacts of A (one of them deleted), one of B, one of C.
    await db.$executeRaw`
      INSERT INTO contact (id, organization_id, customer_id, first_name, last_name, email, phone, mobile, deleted_at)
      VALUES (${ids[0]}::uuid, ${staff.orgId}, ${a}::uuid, 'A', 'One', 'a1@many.test', '+41446681810', NULL, NULL),
             (${ids[1]}::uuid, ${staff.orgId}, ${a}::uuid, 'A', 'Gone', 'gone@many.test', NULL, NULL, now()),
             (${ids[2]}::uuid, ${staff.orgId}, ${b}::uuid, 'B', 'One', 'B1@Many.test', NULL, '+41791234510', NULL),
             (${ids[3]}::uuid, ${staff.orgId}, ${c}::uuid, 'C', 'One', '', '+41446681830', NULL, NULL)`;
    expect(await keysOf(a)).toMatchObject({ email_keys: ["a1@many.test"], phone_keys: ["+41446681810"] });
    expect(await keysOf(b)).toMatchObject({ email_keys: ["b1@many.test"], phone_keys: ["+41791234510"] });
    expect(await keysOf(c)).toMatchObject({ email_keys: [], phone_keys: ["+41446681830"] });

    // A's live contact moves to C, and B's changes its email, in one statement: A loses the keys, C and B follow.
    await db.$executeRaw`
      UPDATE contact SET customer_id = CASE WHEN id = ${ids[0]}::uuid THEN ${c}::uuid ELSE customer_id END,
        email = CASE WHEN id = ${ids[2]}::uuid THEN 'b2@many.test' ELSE email END
      WHERE id IN (${ids[0]}::uuid, ${ids[2]}::uuid)`;
    expect(await keysOf(a)).toMatchObject({ email_keys: [], phone_keys: [] });
    expect(await keysOf(b)).toMatchObject({ email_keys: ["b2@many.test"], phone_keys: ["+41791234510"] });
    expect(await keysOf(c)).toMatchObject({
      email_keys: ["a1@many.test"],
      phone_keys: ["+41446681810", "+41446681830"],
    });

    await db.$executeRaw`DELETE FROM contact WHERE customer_id IN (${a}::uuid, ${b}::uuid, ${c}::uuid)`;
    for (const id of [a, b, c]) expect(await keysOf(id)).toMatchObject({ email_keys: [], phone_keys: [] });
  });

  it("keep the keys a customer's insert gives for the contacts written with it", async () => {
    const id = randomUUID();
    await db.$executeRaw`
      INSERT INTO customer (id, organization_id, name, email, phone, email_keys, phone_keys, updated_at)
      VALUES (${id}::uuid, ${staff.orgId}, 'Given Keys Ltd', 'Own@Given.test', '+41446681800',
              ARRAY['kim@given.test', ''], ARRAY['+41791234567'], now())`;
    expect(await keysOf(id)).toMatchObject({
      email_keys: ["kim@given.test", "own@given.test"],
      phone_keys: ["+41446681800", "+41791234567"],
    });
    // An update recomputes them from the stored contacts (there are none).
    await db.$executeRaw`UPDATE customer SET email_keys = NULL WHERE id = ${id}::uuid`;
    expect(await keysOf(id)).toMatchObject({ email_keys: ["own@given.test"], phone_keys: ["+41446681800"] });
  });
});
