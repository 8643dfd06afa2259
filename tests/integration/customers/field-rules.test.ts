// createCustomer field rules: postal codes per country, ISO codes, tags, websites and text limits.
import { describe, expect, it } from "vitest";
import { createCustomer } from "@/lib/customers/mutations";
import type { CustomerInput } from "@/lib/customers/schemas";
import { fieldErrorsOf, makeCustomer, makeOrgWithRoles, rejectionOf } from "@/tests/factories";

const { staff } = await makeOrgWithRoles();

const fieldErrorsFor = (input: CustomerInput) => fieldErrorsOf(createCustomer(staff, input));

describe("createCustomer field rules", () => {
  it.each([
    ["US", "12345", "12345"],
    ["US", "123456789", "12345-6789"],
    ["US", " 12345-6789 ", "12345-6789"],
    ["CA", "k1a0b1", "K1A 0B1"],
    ["CA", "K1A-0B1", "K1A 0B1"],
    ["GB", "sw1a1aa", "SW1A 1AA"],
    ["GB", "EC1A 1BB", "EC1A 1BB"],
    ["DE", "10115", "10115"],
    ["NL", "1234 ab", "1234 AB"],
    ["AE", "anything 42", "ANYTHING 42"],
    ["HK", "999077", "999077"],
  ])("accepts postal code for %s: %j → %j", async (country, postalCode, stored) => {
    expect((await makeCustomer(staff, { country, postalCode })).postalCode).toBe(stored);
  });

  it.each([
    ["US", "1234", "Enter a valid ZIP code for United States"],
    ["US", "12345-67", "Enter a valid ZIP code for United States"],
    ["CA", "123 ABC", "Enter a valid postal code for Canada"],
    ["GB", "12345", "Enter a valid postcode for United Kingdom"],
    ["DE", "1011", "Enter a valid postal code for Germany"],
  ])("rejects postal code for %s: %j", async (country, postalCode, message) => {
    expect((await fieldErrorsFor({ name: "X", country, postalCode })).postalCode).toEqual([message]);
  });

  it("validates country, currency and language codes and stores canonical forms", async () => {
    const ok = await makeCustomer(staff, { country: " gb ", currency: "gbp", language: "zh-hant-tw" });
    expect(ok).toMatchObject({ country: "GB", currency: "GBP", language: "zh-Hant-TW" });
    expect((await makeCustomer(staff, { language: "EN" })).language).toBe("en");
    const errors = await fieldErrorsFor({ name: "X", country: "UK", currency: "XYZ", language: "en_US" });
    expect(errors).toEqual({
      country: ["Use a 2-letter country code such as US"],
      currency: ["Use a 3-letter currency code such as USD"],
      language: ["Use a language code such as en or en-US"],
    });
    expect((await fieldErrorsFor({ name: "X", country: "USA", currency: "US" })).currency).toEqual([
      "Use a 3-letter currency code such as USD",
    ]);
    const wrongTypes = { name: "X", country: 1, currency: true } as unknown as CustomerInput;
    expect(Object.keys(await fieldErrorsFor(wrongTypes)).sort()).toEqual(["country", "currency"]);
  });

  it("normalizes tags and limits their length and number", async () => {
    const customer = await makeCustomer(staff, { tags: ["  Fleet ", "fleet", "FLEET", "", "  ", "Charter"] });
    expect(customer.tags).toEqual(["Fleet", "Charter"]);
    expect((await makeCustomer(staff, { tags: null })).tags).toEqual([]);
    expect((await fieldErrorsFor({ name: "X", tags: ["x".repeat(51)] })).tags).toEqual([
      "Each tag must be at most 50 characters",
    ]);
    const many = Array.from({ length: 31 }, (_, i) => `tag ${i}`);
    expect((await fieldErrorsFor({ name: "X", tags: many })).tags).toEqual(["Use at most 30 tags"]);
    expect((await makeCustomer(staff, { tags: [...many.slice(0, 30), "TAG 0"] })).tags).toHaveLength(30);
  });

  it("normalizes websites to http(s) URLs", async () => {
    expect((await makeCustomer(staff, { website: "example.test/about" })).website).toBe("https://example.test/about");
    expect((await makeCustomer(staff, { website: "http://example.test" })).website).toBe("http://example.test");
    expect((await makeCustomer(staff, { website: "example.test:8080" })).website).toBe("https://example.test:8080");
    for (const [website, message] of [
      ["ftp://example.test", "Website must be an http:// or https:// address, not ftp:"],
      ["not a site", "Website can't contain spaces or invisible characters"],
      ["javascript:alert(1)", "Website must be an http:// or https:// address, not javascript:"],
      ["localhost-ish", "Website needs a full domain name such as example.com"],
      ["https:////evil.example", "Enter a valid website address such as https://example.com"],
    ]) {
      expect((await fieldErrorsFor({ name: "X", website })).website).toEqual([message]);
    }
    const long = `example.test/${"a".repeat(290)}`;
    expect((await fieldErrorsFor({ name: "X", website: long })).website).toEqual([
      "Website must be at most 300 characters",
    ]);
  });

  it("limits notes, source and other text, keeping free text as typed", async () => {
    expect((await makeCustomer(staff, { notes: "x".repeat(10_000) })).notes).toHaveLength(10_000);
    expect((await makeCustomer(staff, { notes: " \n " })).notes).toBeNull();
    const errors = await fieldErrorsFor({
      name: "X",
      notes: "x".repeat(10_001),
      source: "s".repeat(101),
      taxId: "t".repeat(51),
    });
    expect(errors).toEqual({
      notes: ["Notes must be at most 10000 characters"],
      source: ["Source must be at most 100 characters"],
      taxId: ["Tax ID must be at most 50 characters"],
    });
    expect((await makeCustomer(staff, { city: "sAN frANcisco" })).city).toBe("sAN frANcisco");
  });

  it("rejects unknown kinds and statuses, and reports several problems at once", async () => {
    const { code, message, fieldErrors } = await rejectionOf(
      createCustomer(staff, { name: "", kind: "robot" as "person", status: "gone" as "active", email: "x" }),
    );
    expect(code).toBe("VALIDATION");
    expect(message).toBe("Please correct the highlighted fields.");
    expect(Object.keys(fieldErrors).sort()).toEqual(["email", "kind", "name", "status"]);
    const single = await rejectionOf(createCustomer(staff, { name: "X", email: "x" }));
    expect(single.message).toBe("Enter a valid email address");
  });
});
