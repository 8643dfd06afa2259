// requiredFieldNames reads the "*" markers from the schemas the forms and the server share.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { requiredFieldNames } from "@/components/form/required-fields";
import { buildNewCustomerValues } from "@/app/(app)/customers/_components/customer-form-values";
import { customerInputSchema } from "@/lib/customers/schemas";
import { linkCustomerSchema } from "@/lib/asset-links/schemas";

const names = (set: Set<string>) => [...set].sort();

describe("requiredFieldNames", () => {
  it("marks a field that may not be blank, and not one that may", () => {
    const schema = z.object({ name: z.string().trim().min(1), notes: z.string().optional() });
    expect(names(requiredFieldNames(schema, { name: "Ana", notes: "x" }))).toEqual(["name"]);
  });

  it("marks neither of two fields when either one is enough", () => {
    const schema = z
      .object({ first: z.string(), last: z.string() })
      .refine((v) => v.first || v.last, { path: ["first"], message: "Enter a first or last name" });
    expect(names(requiredFieldNames(schema, { first: "", last: "" }))).toEqual([]);
  });

  it("follows the customer's kind: a company needs its name, a person a first or last name", () => {
    const values = buildNewCustomerValues({ country: "US", currency: "USD" });
    const company = requiredFieldNames(customerInputSchema, { ...values, kind: "company" }, ["kind"]);
    const person = requiredFieldNames(customerInputSchema, { ...values, kind: "person" }, ["kind"]);
    expect(company.has("name")).toBe(true);
    expect(company.has("email")).toBe(false);
    expect([person.has("name"), person.has("firstName"), person.has("lastName")]).toEqual([false, false, false]);
  });

  it("marks the link dialog's picker and choices, not its notes or date", () => {
    const values = { assetId: "a1", customerId: "", relationship: "owner", status: "current", since: "", notes: "" };
    expect(names(requiredFieldNames(linkCustomerSchema, { ...values, makePrimary: false }))).toEqual([
      "assetId",
      "customerId",
      "relationship",
      "status",
    ]);
  });
});
