// customerInputSchema, the patch/update schemas and the option lists the form uses.
import { describe, expect, it } from "vitest";
import { countryCodes, countryOptions, getCountryName, listCountryOptions } from "@/lib/fields/countries";
import { customerInputSchema, customerPatchSchema, customerUpdateSchema } from "@/lib/customers/schemas";
import { customerKindOptions, customerStatusOptions, phoneTypeOptions } from "@/lib/customers/options";

function errorsOf(input: unknown) {
  const result = customerInputSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("customerInputSchema", () => {
  it("turns empty strings into null and applies defaults", () => {
    const data = customerInputSchema.parse({
      name: "Acme",
      displayName: "",
      email: "",
      website: " ",
      country: "",
      currency: "",
      language: "",
      postalCode: "",
      phoneType: "",
    });
    expect(data).toMatchObject({
      kind: "company",
      status: "active",
      displayName: null,
      email: null,
      website: null,
      country: null,
      currency: null,
      language: null,
      postalCode: null,
      phoneType: null,
      tags: [],
      notes: null,
    });
  });

  it("needs a country to read national phone numbers; international ones parse without", () => {
    expect(customerInputSchema.parse({ name: "A", phone: "+1 212 555 0101" }).phone).toBe("+12125550101");
    expect(errorsOf({ name: "A", phone: "212 555 0101" })).toEqual({ phone: "Enter a valid phone number" });
  });

  it("reports every problem at once, including cross-field ones next to field errors", () => {
    expect(errorsOf({ name: "", email: "x", country: "US", postalCode: "1", phone: "1" })).toEqual({
      name: "Name is required",
      email: "Enter a valid email address",
      postalCode: "Enter a valid ZIP code for United States",
      phone: "Enter a valid phone number",
    });
  });

  it("skips phone and postal checks while the country itself is invalid", () => {
    expect(errorsOf({ name: "A", country: "ZZ", phone: "abc", postalCode: "?" })).toEqual({
      country: "Use a 2-letter country code such as US",
    });
  });

  it("does not repeat a length error as a format error", () => {
    expect(errorsOf({ name: "A", country: "US", phone: "1".repeat(31), postalCode: "1".repeat(21) })).toEqual({
      phone: "Phone must be at most 30 characters",
      postalCode: "Postal code must be at most 20 characters",
    });
  });

  it("stores websites in their normalized http(s) form and says what is wrong with others", () => {
    expect(customerInputSchema.parse({ name: "A", website: " //evil.example " }).website).toBe("https://evil.example");
    expect(customerInputSchema.parse({ name: "A", website: "Example.com/About" }).website).toBe(
      "https://example.com/About",
    );
    expect(errorsOf({ name: "A", website: "javascript:alert(1)" })).toEqual({
      website: "Website must be an http:// or https:// address, not javascript:",
    });
    expect(errorsOf({ name: "A", website: "https:////evil.example" })).toEqual({
      website: "Enter a valid website address such as https://example.com",
    });
    expect(errorsOf({ name: "A", website: "https://me:secret@example.com" })).toEqual({
      website: "Website can't include a user name or password",
    });
    expect(errorsOf({ name: "A", website: `example.com/${"ä".repeat(50)}` })).toEqual({
      website: "Website must be at most 300 characters",
    });
  });

  it("rejects values of the wrong type with a message", () => {
    expect(errorsOf({ name: 42, tags: "a,b" })).toEqual({
      name: "Name must be text",
      tags: "Tags must be a list of words",
    });
    expect(customerInputSchema.safeParse(null).success).toBe(false);
  });
});

describe("customerPatchSchema and customerUpdateSchema", () => {
  it("accept any subset of fields; only the update schema requires a version", () => {
    expect(customerPatchSchema.parse({ city: " Oslo " })).toEqual({ city: "Oslo" });
    expect(customerPatchSchema.safeParse({ version: 2 }).success).toBe(true);
    expect(customerUpdateSchema.safeParse({ city: "Oslo" }).success).toBe(false);
    expect(customerUpdateSchema.parse({ city: "Oslo", version: 3 })).toEqual({ city: "Oslo", version: 3 });
    const bad = customerUpdateSchema.safeParse({ version: "3" });
    expect(bad.error?.issues[0]?.message).toBe("Reload the customer and try again");
  });
});

describe("option lists", () => {
  it("label every kind, status and phone type", () => {
    expect(customerKindOptions.map((o) => o.value)).toEqual(["company", "person"]);
    expect(customerStatusOptions.map((o) => o.label)).toEqual(["Active", "Inactive", "Suspended", "Blocked"]);
    expect(phoneTypeOptions.map((o) => o.value)).toEqual(["mobile", "work", "home", "fax"]);
  });

  it("list every ISO 3166-1 country with a name, sorted by name", () => {
    expect(countryCodes).toHaveLength(249);
    expect(countryOptions).toHaveLength(249);
    expect(countryOptions.find((o) => o.value === "DE")?.label).toBe("Germany");
    expect(countryOptions.every((o) => o.label !== o.value)).toBe(true);
    const labels = countryOptions.map((o) => o.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator("en").compare));
    expect(getCountryName("CH", "de")).toBe("Schweiz");
    expect(listCountryOptions("fr").find((o) => o.value === "DE")?.label).toBe("Allemagne");
  });
});
