// customerRowsForInsert: validated bulk rows that db.customer.createMany stores (seed and benchmarks).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { customerRowsForInsert } from "@/lib/customers/rows";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { makeOrgWithRoles, rejectionOf } from "@/tests/factories";

describe("customerRowsForInsert", () => {
  it("normalizes inputs into rows with search text and audit ids that createMany stores", async () => {
    const { org, staff } = await makeOrgWithRoles();
    const rows = customerRowsForInsert(
      org.id,
      [
        { name: "Zürich Air", email: "OPS@zurich.test", country: "CH", phone: "044 668 18 00" },
        { kind: "person", firstName: "Ada", lastName: "Lovelace", tags: ["a", "A"] },
      ],
      staff.userId,
      { defaultCountry: "GB", defaultCurrency: "GBP" },
    );
    expect(rows[0]).toMatchObject({
      organizationId: org.id,
      name: "Zürich Air",
      email: "ops@zurich.test",
      phone: "+41446681800",
      currency: "GBP",
      createdById: staff.userId,
      updatedById: staff.userId,
      searchText: "zurich air zuerich air ops@zurich.test 41446681800 0446681800",
    });
    expect(rows[1]).toMatchObject({ name: "Ada Lovelace", country: "GB", tags: ["a"] });
    expect(await db.customer.createMany({ data: rows })).toEqual({ count: 2 });
    const found = await listCustomers(staff, parseCustomerListParams({ q: "zurich" }));
    expect(found.rows.map((r) => r.name)).toEqual(["Zürich Air"]);
  });

  it("leaves country and currency unset without organization defaults", () => {
    const [row] = customerRowsForInsert("org", [{ name: "Plain" }], null);
    expect(row).toMatchObject({ country: null, currency: null, createdById: null });
  });

  it("names the position of the first invalid input", async () => {
    const attempt = async () => customerRowsForInsert("org", [{ name: "Fine" }, { name: "Bad", email: "nope" }], null);
    expect(await rejectionOf(attempt())).toEqual({
      code: "VALIDATION",
      message: "Customer 2: Enter a valid email address",
      fieldErrors: { email: ["Enter a valid email address"] },
    });
  });
});
