// createCustomer: happy path, organization defaults, audit fields, names, emails and phones.
import { describe, expect, it } from "vitest";
import { createCustomer } from "@/lib/customers/mutations";
import { getCustomer } from "@/lib/customers/queries";
import type { CustomerInput } from "@/lib/customers/schemas";
import { ctxFor, fieldErrorsOf, makeCustomer, makeOrg, makeOrgWithRoles, makeUser } from "@/tests/factories";

const { staff } = await makeOrgWithRoles();

const fieldErrorsFor = (input: CustomerInput) => fieldErrorsOf(createCustomer(staff, input));

describe("createCustomer", () => {
  it("stores a company with every field normalized, audit ids and search text", async () => {
    const customer = await createCustomer(staff, {
      kind: "company",
      name: "  Zürich Air AG ",
      displayName: "Zürich Air",
      accountNumber: "ZA-1001",
      status: "inactive",
      email: "  Ops@Zurich-Air.TEST ",
      phone: "044 668 18 00",
      phoneType: "work",
      secondaryPhone: "+41 79 123 45 67",
      secondaryPhoneType: "mobile",
      website: "zurich-air.test",
      taxId: "CHE-123.456.789",
      addressLine1: "Flughafenstrasse 1",
      addressLine2: "",
      city: "Zürich",
      region: "ZH",
      postalCode: "8058",
      country: "ch",
      currency: "chf",
      language: "de-ch",
      tags: ["VIP", " vip ", "Charter", ""],
      notes: "Line one\n  indented line two",
      source: "Trade show",
    });
    expect(customer).toMatchObject({
      name: "Zürich Air AG",
      email: "ops@zurich-air.test",
      phone: "+41446681800",
      secondaryPhone: "+41791234567",
      website: "https://zurich-air.test",
      addressLine2: null,
      postalCode: "8058",
      country: "CH",
      currency: "CHF",
      language: "de-CH",
      tags: ["VIP", "Charter"],
      notes: "Line one\n  indented line two",
      version: 1,
      createdById: staff.userId,
      updatedById: staff.userId,
      archivedAt: null,
    });
    // Names with umlauts are stored folded both ways, so "zurich" and "zuerich" both find "Zürich".
    expect(customer.searchText).toBe(
      "zurich air ag zuerich air ag zurich air zuerich air za-1001 ops@zurich-air.test 41446681800 0446681800 41791234567 0791234567",
    );
  });

  it("defaults kind, status, country and currency from the organization", async () => {
    const org = await makeOrg({ defaultCountry: "DE", defaultCurrency: "EUR" });
    const user = await makeUser(org.id, "staff");
    const ctx = ctxFor(org.id, user.id, "staff");
    const customer = await createCustomer(ctx, {
      name: "Hansa Flug",
      country: "",
      currency: null,
      phone: "030 123456",
    });
    expect(customer).toMatchObject({
      kind: "company",
      status: "active",
      country: "DE",
      currency: "EUR",
      phone: "+4930123456",
    });
    const explicit = await createCustomer(ctx, { name: "Maple Air", country: "CA", currency: "CAD" });
    expect(explicit).toMatchObject({ country: "CA", currency: "CAD" });
  });

  it("returns the creator's name from getCustomer", async () => {
    const customer = await makeCustomer(staff);
    const detail = await getCustomer(staff, customer.id);
    expect(detail.createdBy?.id).toBe(staff.userId);
    expect(detail.updatedBy?.id).toBe(staff.userId);
    expect(detail.archivedBy).toBeNull();
  });
});

describe("createCustomer names, emails and phones", () => {
  it("requires a name of 1–200 characters", async () => {
    expect((await fieldErrorsFor({ name: "   " })).name).toEqual(["Name is required"]);
    expect((await fieldErrorsFor({})).name).toEqual(["Name is required"]);
    expect((await fieldErrorsFor({ name: "x".repeat(201) })).name).toEqual(["Name must be at most 200 characters"]);
    expect((await makeCustomer(staff, { name: "x".repeat(200) })).name).toHaveLength(200);
  });

  it("builds a person's name from first and last name, and requires one of them", async () => {
    const both = await makeCustomer(staff, { kind: "person", name: "", firstName: " Ada ", lastName: "Lovelace" });
    expect(both).toMatchObject({ name: "Ada Lovelace", firstName: "Ada", lastName: "Lovelace" });
    const last = await makeCustomer(staff, { kind: "person", name: null, lastName: "Hopper" });
    expect(last.name).toBe("Hopper");
    const named = await makeCustomer(staff, { kind: "person", name: "Captain Grace", firstName: "Grace" });
    expect(named.name).toBe("Captain Grace");
    const errors = await fieldErrorsFor({ kind: "person", firstName: " ", lastName: "" });
    expect(errors.firstName).toEqual(["Enter a first or last name"]);
    const long = await fieldErrorsFor({ kind: "person", firstName: "a".repeat(100), lastName: "b".repeat(100) });
    expect(long.name).toEqual(["Name must be at most 200 characters"]);
    expect((await fieldErrorsFor({ kind: "person", firstName: "a".repeat(101) })).firstName).toEqual([
      "First name must be at most 100 characters",
    ]);
  });

  it("trims and lower-cases email, and rejects an invalid one", async () => {
    const customer = await makeCustomer(staff, { email: "  Mixed.Case@Example.TEST " });
    expect(customer.email).toBe("mixed.case@example.test");
    expect((await makeCustomer(staff, { email: "" })).email).toBeNull();
    for (const email of ["not-an-email", "a@b", "a b@example.test"]) {
      expect((await fieldErrorsFor({ name: "X", email })).email).toEqual(["Enter a valid email address"]);
    }
  });

  it("normalizes phones to E.164 using the customer's country, and rejects invalid numbers", async () => {
    const us = await makeCustomer(staff, { country: "US", phone: "(212) 555-0101", phoneType: "mobile" });
    expect(us).toMatchObject({ phone: "+12125550101", phoneType: "mobile" });
    const gb = await makeCustomer(staff, { country: "GB", phone: "020 7946 0958", secondaryPhone: "+1 415 555 2671" });
    expect(gb).toMatchObject({ phone: "+442079460958", secondaryPhone: "+14155552671" });
    const typeOnly = await makeCustomer(staff, { phone: "", phoneType: "fax", secondaryPhoneType: "" });
    expect(typeOnly).toMatchObject({ phone: null, phoneType: null, secondaryPhoneType: null });
    const errors = await fieldErrorsFor({ name: "X", country: "US", phone: "555 0101", secondaryPhone: "abc" });
    expect(errors.phone).toEqual(["Enter a valid phone number"]);
    expect(errors.secondaryPhone).toEqual(["Enter a valid phone number"]);
    const type = await fieldErrorsFor({ name: "X", phone: "+12125550101", phoneType: "pager" as "fax" });
    expect(type.phoneType).toEqual(["Choose mobile, work, home or fax"]);
  });
});
