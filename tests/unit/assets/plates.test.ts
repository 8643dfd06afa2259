// Licence plates by issuing country: known national formats checked and written the national way,
// plates of other countries (or of no known country) kept as typed, tidied.
import { describe, expect, it } from "vitest";
import { checkPlate, tidyPlate } from "@/lib/assets/plates";

describe("checkPlate", () => {
  it.each([
    ["DE", "b-ab 1234", "B-AB 1234"],
    ["DE", "M AB 123E", "M-AB 123E"], // electric
    ["DE", "lö x 1h", "LÖ-X 1H"], // Lörrach, historic
    ["DE", "HH-XY1", "HH-XY 1"],
    ["AT", "w 12345a", "W-12345A"],
    ["AT", "GU-123AB", "GU-123AB"],
    ["CH", "zh 123456", "ZH 123456"],
    ["CH", "VD1", "VD 1"],
    ["FR", "ab123cd", "AB-123-CD"],
    ["FR", "AB 123 CD", "AB-123-CD"],
    ["FR", "1234 ab 75", "1234 AB 75"], // FNI, before 2009
    ["FR", "123 ABC 2A", "123 ABC 2A"],
    ["IT", "ab123cd", "AB 123 CD"],
    ["ES", "1234bcd", "1234 BCD"],
    ["ES", "M-1234-AB", "M-1234-AB"], // provincial, before 2000
    ["NL", "ab12cd", "AB-12-CD"], // sidecode 4
    ["NL", "12-abc-3", "12-ABC-3"], // sidecode 7
    ["NL", "1ABC23", "1-ABC-23"], // sidecode 8
    ["NL", "XX999X", "XX-999-X"], // sidecode 9
    ["GB", "ab12cde", "AB12 CDE"],
    ["GB", "A123 BCD", "A123 BCD"], // prefix
    ["GB", "ABC 123D", "ABC 123D"], // suffix
    ["GB", "AXZ 1234", "AXZ 1234"], // Northern Ireland
    ["US", "7abc123", "7ABC123"],
    ["US", "abc-1234", "ABC-1234"],
  ])("accepts a %s plate %j as %j", (country, typed, plate) => {
    expect(checkPlate(typed, country)).toEqual({ ok: true, plate });
  });

  it.each([
    ["DE", "BAB1234", "B-AB 1234"], // district and letters cannot be told apart without a separator
    ["DE", "B-AB 12345", "B-AB 1234"],
    ["AT", "W-12", "W-12345A"],
    ["CH", "XX 1234", "ZH 123456"],
    ["FR", "AB-123-IO", "AB-123-CD"], // I, O and U are never used
    ["IT", "AB 1234 CD", "AB 123 CD"],
    ["ES", "1234 BAD", "1234 BCD"], // vowels are never used
    ["NL", "ABCDEF", "AB-12-CD"],
    ["GB", "AB12 CDEF", "AB12 CDE"],
    ["US", "ABCDEFGHJ", "7ABC123"],
  ])("refuses a %s plate %j, with an example like %j", (country, typed, example) => {
    expect(checkPlate(typed, country)).toEqual({ ok: false, message: expect.stringContaining(example) });
  });

  it("accepts the plate of another country, or of no known country, as typed (tidied)", () => {
    expect(checkPlate(" po 12345 ", "PL")).toEqual({ ok: true, plate: "PO 12345" });
    expect(checkPlate("abc   1", null)).toEqual({ ok: true, plate: "ABC 1" });
    expect(tidyPlate("  tn-1234a ")).toBe("TN-1234A");
  });
});
