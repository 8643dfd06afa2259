// Aircraft registrations: trimmed, upper-cased, nationality prefix and mark with at most one hyphen.
import { describe, expect, it } from "vitest";
import { checkRegistration } from "@/lib/assets/registration";

describe("checkRegistration", () => {
  it.each([
    ["N12345", "N12345"],
    [" n512sr ", "N512SR"],
    ["c-fabc", "C-FABC"],
    ["G-ABCD", "G-ABCD"],
    ["D-EABC", "D-EABC"],
    ["9H-ABC", "9H-ABC"],
    ["JA8089", "JA8089"],
    ["VH-OQA", "VH-OQA"],
  ])("accepts %j as %s", (input, registration) => {
    expect(checkRegistration(input)).toEqual({ ok: true, registration });
  });

  it.each(["N", "N123456789012", "C--FABC", "C-F-ABC", "-CFABC", "CFABC-", "N 12345", "N12345!", "12345", "G_ABCD"])(
    "rejects %j with a helpful message",
    (input) => {
      const check = checkRegistration(input);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/N12345/);
    },
  );
});
