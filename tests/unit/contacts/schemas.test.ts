// The contact schema the dialogs and the server share: normalization and per-country phone rules.
import { describe, expect, it } from "vitest";
import { contactInputSchemaFor, contactPatchSchema } from "@/lib/contacts/schemas";

const base = { firstName: " Ana ", lastName: "Ruiz", email: " Ana@Example.COM " };

describe("contactInputSchemaFor", () => {
  it("trims, lower-cases the email, orders roles and applies the flag defaults", () => {
    const data = contactInputSchemaFor("US").parse({
      ...base,
      roles: ["other", "billing", "other"],
      preferredContactMethod: "",
    });
    expect(data).toMatchObject({
      firstName: "Ana",
      email: "ana@example.com",
      roles: ["billing", "other"],
      preferredContactMethod: null,
      phone: null,
      receivesOrderUpdates: true,
      marketingConsent: "not_asked",
      newsletter: false,
      emailVerified: false,
      phoneVerified: false,
      portalAccess: false,
      notes: null,
    });
  });

  it("reads national phone numbers with the customer's country, and needs international ones without it", () => {
    expect(contactInputSchemaFor("GB").parse({ ...base, phone: "020 7946 0018" }).phone).toBe("+442079460018");
    expect(contactInputSchemaFor("US").parse({ ...base, mobile: "(212) 555-0101" }).mobile).toBe("+12125550101");
    const noCountry = contactInputSchemaFor(null).safeParse({ ...base, phone: "(212) 555-0101" });
    expect(noCountry.success).toBe(false);
    expect(contactInputSchemaFor(null).parse({ ...base, phone: "+1 212 555 0101" }).phone).toBe("+12125550101");
  });

  it("reports every invalid field at once", () => {
    const result = contactInputSchemaFor("US").safeParse({
      firstName: "",
      lastName: "x",
      email: "a@",
      phone: "1",
      roles: ["primary"],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path[0]).sort();
    expect(paths).toEqual(["email", "firstName", "phone", "roles"]);
  });
});

describe("contactPatchSchema", () => {
  it("accepts any subset of fields", () => {
    expect(contactPatchSchema.parse({ jobTitle: " Buyer " })).toEqual({ jobTitle: "Buyer" });
  });
});
