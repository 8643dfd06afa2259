import { describe, expect, it } from "vitest";
import { sanitizeNextPath } from "@/lib/auth/next-path";

// Known open-redirect payloads (protocol-relative, backslash, encoded, double-encoded, dot-segment,
// whitespace and scheme tricks): each must fall back to the default page.
const payloads = [
  "//evil.com",
  "///evil.com",
  "////evil.com",
  "/\\evil.com",
  "/\\/evil.com",
  "\\/evil.com",
  "\\\\evil.com",
  "/%2F%2Fevil.com",
  "/%2f/evil.com",
  "/%5Cevil.com",
  "/%5c%5cevil.com",
  "/%252F%252Fevil.com",
  "/%25252F%25252Fevil.com",
  "%2F%2Fevil.com",
  "https://evil.com",
  "http:/evil.com",
  "http:evil.com",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/\t/evil.com",
  "/\n/evil.com",
  "/%09/evil.com",
  "/%0d%0a/evil.com",
  "/%00//evil.com",
  "/ /evil.com",
  "/.//evil.com",
  "/./..//evil.com",
  "/..//evil.com",
  "/x/..//evil.com",
  "/a/b/../../..//evil.com",
  "/%2e%2e//evil.com",
  "/%2E%2E//evil.com",
  "/.%2e//evil.com",
  "/x/%2e%2e/%2fevil.com",
  "/..%2F%2Fevil.com",
  "/%2e%2e%2f%2fevil.com",
  "/%2e%2e%5c%5cevil.com",
  "/x/..%5C%5Cevil.com",
  "/%252e%252e//evil.com",
  "/%E0%A4%A",
  "customers",
  "",
];

describe("sanitizeNextPath", () => {
  it.each(payloads)("falls back for %j", (next) => {
    expect(sanitizeNextPath(next)).toBe("/customers");
    expect(sanitizeNextPath(`${next}?q=1`)).toBe("/customers");
  });

  it.each([undefined, null, 42, ["/customers/1"]])("falls back for a non-string %j", (next) => {
    expect(sanitizeNextPath(next)).toBe("/customers");
  });

  it("uses the fallback given (empty for the login redirect)", () => {
    expect(sanitizeNextPath("//evil.com", "")).toBe("");
  });

  it.each([
    ["/customers?q=a", "/customers?q=a"],
    ["/customers/123#x", "/customers/123#x"],
    ["/customers?q=acme&page=2", "/customers?q=acme&page=2"],
    ["/settings/users", "/settings/users"],
    ["/", "/"],
    ["/customers?next=//evil.com", "/customers?next=//evil.com"],
    ["/customers?q=%2F%2Fevil", "/customers?q=%2F%2Fevil"],
    ["/@evil.com", "/@evil.com"],
    ["/customers/./123", "/customers/123"],
    ["/customers/x/../123", "/customers/123"],
    ["/customers/%2e%2e/assets", "/assets"],
  ])("keeps the same-site path %j", (next, expected) => {
    expect(sanitizeNextPath(next)).toBe(expected);
  });

  it("never returns a protocol-relative path", () => {
    for (const next of payloads) {
      for (const candidate of [next, `/x${next}`, `/x/..${next}`]) {
        const result = sanitizeNextPath(candidate);
        expect(result.startsWith("/")).toBe(true);
        expect(new URL(result, "https://app.example").origin).toBe("https://app.example");
      }
    }
  });
});
