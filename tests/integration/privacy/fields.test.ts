// Every column of customer and contact is classified (lib/privacy/fields.ts): a new column fails here
// until someone decides whether it is personal, sensitive or business data.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toContactResource } from "@/lib/contacts/resource";
import { toCustomerResource } from "@/lib/customers/resource";
import {
  classifiedTables,
  contactMaskedFields,
  contactPersonalFields,
  customerFieldsShownWhenLimited,
  customerPersonalFields,
  derivedColumns,
  restName,
} from "@/lib/privacy/fields";
import { ctxFor, makeContact, makeCustomer, makeOrg } from "@/tests/factories";

async function columnsOf(table: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ column_name: string }[]>`
    SELECT column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY column_name`;
  return rows.map((row) => row.column_name);
}

describe("personal field classification", () => {
  it.each(Object.keys(classifiedTables) as (keyof typeof classifiedTables)[])(
    "classifies exactly the columns of %s",
    async (table) => {
      expect(await columnsOf(table)).toEqual(Object.keys(classifiedTables[table]).sort());
    },
  );

  it("names REST fields that the resources really have", async () => {
    const { id: orgId } = await makeOrg();
    const ctx = ctxFor(orgId, null, "admin");
    const customer = toCustomerResource(await makeCustomer(ctx), { internalNotes: true });
    const contact = toContactResource(await makeContact(ctx, customer.id));
    const derived = [...[...derivedColumns].map(restName), "primaryContact"];
    expect(customerPersonalFields.filter((field) => !derived.includes(field) && !(field in customer))).toEqual([]);
    expect(contactPersonalFields.filter((field) => !(field in contact))).toEqual([]);
    expect(customerPersonalFields).toEqual(
      expect.arrayContaining(["email", "phone", "taxId", "notes", "internalNotes", "addressLine1", "postalCode"]),
    );
    expect(contactPersonalFields).toEqual(expect.arrayContaining(["firstName", "lastName", "email", "phone"]));
  });

  it("shows name (and its parts), account number, city and status with limited details", () => {
    expect([...customerFieldsShownWhenLimited].sort()).toEqual([
      "accountNumber",
      "city",
      "displayName",
      "firstName",
      "lastName",
      "name",
      "status",
    ]);
  });

  it("masks how to reach a contact, not who they are", () => {
    expect([...contactMaskedFields].sort()).toEqual(["email", "mobile", "notes", "phone"]);
  });
});
