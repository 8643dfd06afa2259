// Field normalizers: phones, websites, currencies, languages, tags and postal codes.
import { describe, expect, it } from "vitest";
import {
  buildPersonName,
  canonicalizeLanguage,
  isCurrencyCode,
  normalizeTags,
  checkWebsite,
  websiteHref,
} from "@/lib/fields/normalize";
import { getPhoneDigits, normalizePhone } from "@/lib/fields/phone";
import { getPostalCodeLabel, normalizePostalCode } from "@/lib/fields/postal-codes";

describe("normalizers", () => {
  it("normalizes phones to E.164 with the country as default region", () => {
    expect(normalizePhone("(212) 555-0101", "US")).toBe("+12125550101");
    expect(normalizePhone("030 123456", "DE")).toBe("+4930123456");
    expect(normalizePhone("+44 20 7946 0958", "US")).toBe("+442079460958");
    expect(normalizePhone("555 0101", "US")).toBeNull();
    expect(normalizePhone("212 555 0101", null)).toBeNull();
    expect(getPhoneDigits("+12125550101")).toEqual(["12125550101", "2125550101"]);
  });

  const invalid = "Enter a valid website address such as https://example.com";
  const stored: [string, string][] = [
    ["example.com", "https://example.com"],
    ["example.test/about", "https://example.test/about"],
    ["HTTP://Example.com/Path", "http://example.com/Path"],
    ["https://example.com/", "https://example.com"],
    ["https://example.com:443/a?b=1#c", "https://example.com/a?b=1#c"],
    ["http://example.com:8080", "http://example.com:8080"],
    ["localhost:3000", "https://localhost:3000"],
    ["//evil.example", "https://evil.example"],
    ["//evil.example/path?q=1", "https://evil.example/path?q=1"],
    ["https://bücher.example", "https://xn--bcher-kva.example"],
    ["https://example.com/a/../b", "https://example.com/b"],
    ["sub.example.co.uk/ä", "https://sub.example.co.uk/%C3%A4"],
  ];
  it.each(stored)("stores the website %j as %j", (raw, url) => {
    expect(checkWebsite(raw)).toEqual({ url });
    expect(checkWebsite(url)).toEqual({ url });
  });

  const refused: [string, string][] = [
    ["javascript:alert(1)", "Website must be an http:// or https:// address, not javascript:"],
    ["JaVaScRiPt://example.com/%0aalert(1)", "Website must be an http:// or https:// address, not javascript:"],
    ["data:text/html,<script>alert(1)</script>", "Website must be an http:// or https:// address, not data:"],
    ["ftp://example.test", "Website must be an http:// or https:// address, not ftp:"],
    ["mailto:a@example.com", "Website must be an http:// or https:// address, not mailto:"],
    ["https://user:pass@example.com", "Website can't include a user name or password"],
    ["user@example.com", "Website can't include a user name or password"],
    ["http://evil.example%2F@good.example", "Website can't include a user name or password"],
    ["exa mple.com", "Website can't contain spaces or invisible characters"],
    ["https://exa\tmple.com", "Website can't contain spaces or invisible characters"],
    ["https://exa\u200bmple.com", "Website can't contain spaces or invisible characters"],
    ["localhost-ish", "Website needs a full domain name such as example.com"],
    ["https://intranet/", "Website needs a full domain name such as example.com"],
    ["https://", invalid],
    ["https:////evil.example", invalid],
    ["///evil.example", invalid],
    ["https:/evil.example", invalid],
    ["https:evil.example", invalid],
    ["\\\\evil.example", invalid],
    ["https://evil.example\\@good.example", invalid],
    ["https://ex%61mple.com", invalid],
    ["https://example.com/a\\b", invalid],
    ["https://1.2", invalid],
    ["https://[::1]/", invalid],
    ["https://example.com:99999", invalid],
    ["https://example.com.", "Website needs a full domain name such as example.com"],
  ];
  it.each(refused)("refuses the website %j: %s", (raw, error) => {
    expect(checkWebsite(raw)).toEqual({ error });
  });

  it("links a stored website only when it is an http(s) address by today's rules", () => {
    expect(websiteHref("https://example.com/a")).toBe("https://example.com/a");
    expect(websiteHref("//evil.example")).toBe("https://evil.example");
    for (const old of [
      "javascript:alert(1)",
      "https:////evil.example",
      "data:text/html,x",
      "HTTPS://a.example\\@b.example",
    ]) {
      expect(websiteHref(old)).toBeNull();
    }
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
