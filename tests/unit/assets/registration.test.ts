// Aircraft registrations: the marks of common nationalities checked and written the national way
// (real registrations), other nationalities accepted in the general shape.
import { describe, expect, it } from "vitest";
import { checkRegistration } from "@/lib/assets/registration";

describe("checkRegistration", () => {
  it.each([
    ["N12345", "N12345"],
    [" n512sr ", "N512SR"],
    ["N-172SP", "N172SP"], // US marks are written without a hyphen
    ["N1", "N1"],
    ["c-fabc", "C-FABC"],
    ["CGKWS", "C-GKWS"],
    ["G-ABCD", "G-ABCD"],
    ["g euua", "G-EUUA"],
    ["D-EABC", "D-EABC"],
    ["DAIMA", "D-AIMA"],
    ["D-1234", "D-1234"], // glider
    ["F-GKXA", "F-GKXA"],
    ["I-ADJA", "I-ADJA"],
    ["HB-JNA", "HB-JNA"],
    ["HB-3412", "HB-3412"],
    ["OE-LBA", "OE-LBA"],
    ["EI-DVM", "EI-DVM"],
    ["PH-BXA", "PH-BXA"],
    ["EC-MXV", "EC-MXV"],
    ["SE-RSA", "SE-RSA"],
    ["SP-LRA", "SP-LRA"],
    ["VH-OQA", "VH-OQA"],
    ["ZKOKA", "ZK-OKA"],
    ["9H-ABC", "9H-ABC"],
    ["JA8089", "JA8089"],
    ["JA-01XJ", "JA01XJ"],
    // Other nationalities: the general shape.
    ["RA-73010", "RA-73010"],
    ["4X-EKA", "4X-EKA"],
    ["B-18918", "B-18918"],
    ["PR-ABC", "PR-ABC"],
  ])("accepts %j as %s", (input, registration) => {
    expect(checkRegistration(input)).toEqual({ ok: true, registration });
  });

  it.each([
    ["N123456", "N12345"], // at most five characters after the N
    ["N4F2A9C", "N512SR"], // letters only at the end
    ["N012", "N12345"], // never a 0 first
    ["N12IO", "no I or O"],
    ["C-XABC", "C-FABC"],
    ["G-ABCDE", "G-ABCD"],
    ["D-EAB", "D-EABC"],
    ["HB-AB", "HB-ABC"],
    ["VH-OQAB", "VH-ABC"],
    ["JA123", "JA8089"],
  ])("refuses %j for its nationality, with an example like %j", (input, example) => {
    expect(checkRegistration(input)).toEqual({ ok: false, message: expect.stringContaining(example) });
  });

  it.each(["N", "N123456789012", "C-F-ABC", "-CFABC", "CFABC-", "N12345!", "12345", "G_ABCD", "X 12 345"])(
    "rejects %j with a helpful message",
    (input) => {
      const check = checkRegistration(input);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/N12345/);
    },
  );
});
