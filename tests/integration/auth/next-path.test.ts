import { describe, expect, it } from "vitest";
import { sanitizeNextPath } from "@/lib/auth/next-path";

describe("sanitizeNextPath", () => {
  it("keeps same-site relative paths with their query", () => {
    expect(sanitizeNextPath("/customers?q=acme&page=2")).toBe("/customers?q=acme&page=2");
    expect(sanitizeNextPath("/settings/users")).toBe("/settings/users");
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "customers",
    "",
    undefined,
    42,
  ])("falls back for %s", (next) => {
    expect(sanitizeNextPath(next)).toBe("/customers");
  });
});
