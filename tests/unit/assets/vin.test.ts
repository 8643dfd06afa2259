// VIN validation (check digit, I/O/Q, length) and decoding (model year, manufacturer country).
import { describe, expect, it } from "vitest";
import { checkVin, computeVinCheckDigit, normalizeVin } from "@/lib/assets/vin";
import { decodeVin, decodeVinCountry, decodeVinYear, vinYearCode } from "@/lib/assets/vin-decode";

const today = new Date("2026-03-01T12:00:00Z");

describe("checkVin", () => {
  it.each([
    ["1HGCM82633A004352", "3"],
    ["1M8GDM9AXKP042788", "X"],
    ["11111111111111111", "1"],
    ["5YJSA1DN5DFP14705", "0"],
  ])("computes the check digit of %s as %s", (vin, digit) => {
    expect(computeVinCheckDigit(vin)).toBe(digit);
  });

  it.each(["1HGCM82633A004352", "1M8GDM9AXKP042788", "11111111111111111"])("accepts the real VIN %s", (vin) => {
    expect(checkVin(vin)).toEqual({ ok: true, vin });
  });

  it("upper-cases and drops spaces and hyphens", () => {
    expect(normalizeVin(" 1hgcm8-2633a 004352 ")).toBe("1HGCM82633A004352");
    expect(checkVin("1hgcm82633a004352")).toEqual({ ok: true, vin: "1HGCM82633A004352" });
  });

  it("names the expected check digit when it is wrong", () => {
    expect(checkVin("1HGCM82643A004352")).toEqual({
      ok: false,
      message: "This VIN's check digit (9th character) should be 3, not 4. Check for a typo.",
    });
    expect(checkVin("1M8GDM9A1KP042788")).toMatchObject({ ok: false, message: expect.stringContaining("should be X") });
    // Often quoted as a Tesla Model S VIN, but its weighted sum is 374 ≡ 0 (mod 11), not 5.
    expect(checkVin("5YJSA1DN5DFP14705")).toMatchObject({
      ok: false,
      message: expect.stringContaining("should be 0, not 5"),
    });
  });

  it("rejects the letters I, O and Q by name", () => {
    expect(checkVin("1HGCM82633A00435O")).toEqual({
      ok: false,
      message: "A VIN never contains the letters I, O or Q (found O)",
    });
    expect(checkVin("IQGCM82633A004352")).toMatchObject({ message: expect.stringContaining("found I, Q") });
  });

  it("rejects a wrong length or other characters", () => {
    expect(checkVin("1HGCM82633A00435")).toEqual({ ok: false, message: "A VIN has 17 characters (this one has 16)" });
    expect(checkVin("1HGCM82633A0043521")).toMatchObject({ message: expect.stringContaining("this one has 18") });
    expect(checkVin("1HGCM82633A00435*")).toEqual({ ok: false, message: "A VIN contains only letters and digits" });
  });
});

describe("decodeVinYear", () => {
  it.each([
    ["1HGCM82633A004352", 2003], // position 7 digit → 1980–2009 cycle
    ["1M8GDM9AXKP042788", 1989],
    ["5YJSA1DN5DFP14705", 2013], // position 7 letter → 2010–2039 cycle
    ["11111111111111111", 2001],
  ])("decodes %s as %i", (vin, year) => {
    expect(decodeVinYear(vin, today)).toBe(year);
  });

  it("never decodes a year after next year: falls back one 30-year cycle", () => {
    // Position 7 is a letter and position 10 is Y: 2030 is in the future in 2026, so 2000.
    expect(decodeVinYear("1FAFP4AY0YF000000", today)).toBe(2000);
    // T with a letter in position 7 is 2026, this year: kept.
    expect(decodeVinYear("1FAFP4AT0TF000000", today)).toBe(2026);
    // V would be 2027 (next model year, allowed); W would be 2028, so 1998.
    expect(decodeVinYear("1FAFP4AV0VF000000", today)).toBe(2027);
    expect(decodeVinYear("1FAFP4AW0WF000000", today)).toBe(1998);
  });

  it("returns null for a code that is no model year (U, Z, 0) or a short VIN", () => {
    expect(decodeVinYear("1HGCM8263UA004352", today)).toBeNull();
    expect(decodeVinYear("1HGCM82630A004352", today)).toBeNull();
    expect(decodeVinYear("1HGCM8263", today)).toBeNull();
  });
});

describe("vinYearCode", () => {
  it.each([
    [1980, "A"],
    [2001, "1"],
    [2013, "D"],
    [2026, "T"],
  ])("codes %i as %s, which decodes back to the year", (year, code) => {
    expect(vinYearCode(year)).toBe(code);
    const letterInPosition7 = year >= 2010 ? "A" : "1";
    expect(decodeVinYear(`1FAFP4${letterInPosition7}10${code}F000000`, today)).toBe(year);
  });
});

describe("decodeVinCountry", () => {
  it.each([
    ["1HGCM82633A004352", "United States"],
    ["4T1BE46K37U000000", "United States"],
    ["5YJSA1DN5DFP14705", "United States"],
    ["2HGFG12878H000000", "Canada"],
    ["3VWFE21C04M000000", "Mexico"],
    ["JHMCM56557C000000", "Japan"],
    ["KMHDH4AE1DU000000", "South Korea"],
    ["LVSHFFAL0EF000000", "China"],
    ["SAJAA06E6KB000000", "United Kingdom"],
    ["WBA3A5C51CF000000", "Germany"],
    ["VF1RFB00X52000000", "France"],
    ["VSSZZZ6JZ9R000000", "Spain"],
    ["ZFA31200000000000", "Italy"],
    ["YV1CZ59H541000000", "Sweden"],
    ["YS3FD49Y441000000", "Sweden"],
    ["9BWZZZ377VT000000", "Brazil"],
    ["AAVZZZ6RZCU000000", "South Africa"],
  ])("decodes %s as %s", (vin, country) => {
    expect(decodeVinCountry(vin)).toBe(country);
  });

  it("combines year and country", () => {
    expect(decodeVin("5YJSA1DN5DFP14705", today)).toEqual({ year: 2013, country: "United States" });
  });
});
