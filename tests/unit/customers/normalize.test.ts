// Field normalizers: phones, websites, currencies, languages, tags and postal codes.
import { describe, expect, it } from "vitest";
import {
  buildPersonName,
  canonicalizeLanguage,
  getPhoneDigits,
  isCurrencyCode,
  normalizePhone,
  normalizeTags,
  normalizeWebsite,
} from "@/lib/customers/normalize";
import { getPostalCodeLabel, normalizePostalCode } from "@/lib/customers/postal-codes";

describe("normalizers", () => {
  it("normalizes phones to E.164 with the country as default region", () => {
    expect(normalizePhone("(212) 555-0101", "US")).toBe("+12125550101");
    expect(normalizePhone("030 123456", "DE")).toBe("+4930123456");
    expect(normalizePhone("+44 20 7946 0958", "US")).toBe("+442079460958");
    expect(normalizePhone("555 0101", "US")).toBeNull();
    expect(normalizePhone("212 555 0101", null)).toBeNull();
    expect(getPhoneDigits("+12125550101")).toEqual(["12125550101", "2125550101"]);
  });

  it("adds https:// to websites and accepts only http(s) hosts", () => {
    expect(normalizeWebsite("example.com")).toBe("https://example.com");
    expect(normalizeWebsite("HTTP://Example.com/Path")).toBe("HTTP://Example.com/Path");
    expect(normalizeWebsite("localhost:3000")).toBe("https://localhost:3000");
    expect(normalizeWebsite("mailto:a@example.com")).toBeNull();
    expect(normalizeWebsite("https://")).toBeNull();
    expect(normalizeWebsite("exa mple.com")).toBeNull();
  });

  it("checks currencies and canonicalizes languages", () => {
    expect(isCurrencyCode("EUR")).toBe(true);
    expect(isCurrencyCode("eur")).toBe(false);
    expect(canonicalizeLanguage("en-us")).toBe("en-US");
    expect(canonicalizeLanguage("not a tag")).toBeNull();
  });

  it("trims, drops empties and dedupes tags case-insensitively, keeping the first spelling", () => {
    expect(normalizeTags([" VIP", "vip ", "", "Fleet", "FLEET", "  "])).toEqual(["VIP", "Fleet"]);
    expect(buildPersonName(null, "Doe")).toBe("Doe");
  });
});

describe("normalizePostalCode", () => {
  it.each([
    ["US", "12345-6789", "12345-6789"],
    ["US", "12345 6789", "12345-6789"],
    ["CA", "h2x1y4", "H2X 1Y4"],
    ["GB", "m11ae", "M1 1AE"],
    ["GB", "gir 0aa", "GIR 0AA"],
    ["DE", "01067", "01067"],
    ["IE", "d02 x285", "D02 X285"],
  ])("accepts %s %j as %j", (country, raw, value) => {
    expect(normalizePostalCode(raw, country)).toEqual({ ok: true, value });
  });

  it.each([
    ["US", "ABCDE"],
    ["CA", "D1A 1A1"],
    ["GB", "1AB 2CD"],
    ["DE", "123456"],
  ])("rejects %s %j", (country, raw) => {
    expect(normalizePostalCode(raw, country)).toEqual({ ok: false });
  });

  it("passes codes through, tidied, where no rule exists or no country is known", () => {
    expect(normalizePostalCode(" abc  12 ", "AE")).toEqual({ ok: true, value: "ABC 12" });
    expect(normalizePostalCode("anything", null)).toEqual({ ok: true, value: "ANYTHING" });
    expect(normalizePostalCode("x", "CW")).toEqual({ ok: true, value: "X" });
  });

  it("names postal codes the local way", () => {
    expect([getPostalCodeLabel("US"), getPostalCodeLabel("GB"), getPostalCodeLabel("DE")]).toEqual([
      "ZIP code",
      "postcode",
      "postal code",
    ]);
  });
});
