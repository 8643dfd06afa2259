// VIN validation (check digit mandatory in North America only, I/O/Q, length) and decoding (region,
// country, manufacturer, model year where reliable) with real vectors from every region.
import { describe, expect, it } from "vitest";
import { checkVin, computeVinCheckDigit, normalizeVin, VIN_CHECK_DIGIT_NOTE } from "@/lib/assets/vin";
import { decodeVin, decodeVinYear, vinYearCode } from "@/lib/assets/vin-decode";
import { decodeVinCountry, decodeVinRegion, requiresCheckDigit } from "@/lib/assets/wmi";
import { wmiCountryRanges } from "@/lib/assets/wmi-countries";
import { wmiManufacturers } from "@/lib/assets/wmi-manufacturers";

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

  it("names the expected check digit when a North American one is wrong", () => {
    expect(checkVin("1HGCM82643A004352")).toEqual({
      ok: false,
      message:
        "This VIN's check digit (9th character) should be 3, not 4: vehicles built in North America always carry one. Check for a typo.",
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

describe("the check digit per region", () => {
  it.each([
    ["2T1BURHE0JC000000", "8"], // Canada (Toyota)
    ["3VWFE21C04M000000", "9"], // Mexico (Volkswagen)
    ["4T1BE46K37U000001", "X"], // United States (Toyota, Kentucky)
    ["7SAYGDEE2NF000000", "1"], // United States, the newer 7A–70 range (Tesla, Austin)
  ])("is mandatory in North America: %s is refused (should be %s)", (vin, expected) => {
    expect(requiresCheckDigit(vin)).toBe(true);
    expect(checkVin(vin)).toMatchObject({ ok: false, message: expect.stringContaining(`should be ${expected}`) });
  });

  it.each([
    ["WVWZZZ1JZXW000001", "Germany", "Volkswagen car"], // Z filler, as VW builds for Europe
    ["WDD2040021A123456", "Germany", "Mercedes-Benz car"],
    ["VF1RFB00X52000000", "France", expect.stringContaining("Renault")],
    ["ZFA31200000000000", "Italy", expect.stringContaining("Fiat")],
    ["SALLSAA137A000000", "United Kingdom", "Land Rover"],
    ["YV1CZ59H741000000", "Sweden", "Volvo Cars car"],
    ["TMBJJ7NE5K0000000", "Czech Republic", "Škoda Auto AS"],
    ["VSSZZZ6JZ9R000000", "Spain", "SEAT"],
    ["UU1HSDAG0K0000000", "Romania", "Dacia"],
    ["XTA210930Y0000000", "Russia", "AvtoVAZ"],
    ["LSVAU2180N2000000", "China", "SAIC Volkswagen"],
    ["MALA841CBHM000000", "India", "Hyundai Motor India"],
    ["NMTBB0JE60R000000", "Turkey", "Toyota Motor Manufacturing Turkey"],
    ["9BWZZZ377VT004251", "Brazil", "Volkswagen do Brasil"],
    ["6T153BK4X0X000000", "Australia", "Toyota"],
    ["AAVZZZ6RZCU000000", "South Africa", "Volkswagen of South Africa"],
  ])("is optional elsewhere: %s (%s) is accepted with a note", (vin, country, manufacturer) => {
    expect(requiresCheckDigit(vin)).toBe(false);
    expect(computeVinCheckDigit(vin)).not.toBe(vin[8]);
    expect(checkVin(vin)).toEqual({ ok: true, vin });
    expect(decodeVin(vin, today)).toEqual({
      region: expect.any(String),
      country,
      manufacturer,
      modelYear: null,
      checkDigit: "mismatch",
      notes: [VIN_CHECK_DIGIT_NOTE],
    });
  });

  it("still refuses a malformed VIN from any region", () => {
    expect(checkVin("WVWZZZ1JZXW00000")).toMatchObject({ ok: false, message: expect.stringContaining("has 16") });
    expect(checkVin("WVWZZZ1JZXW00000O")).toMatchObject({ ok: false, message: expect.stringContaining("found O") });
  });
});

describe("decodeVin", () => {
  it.each([
    ["1HGCM82633A004352", "North America", "United States", expect.stringContaining("Honda"), 2003],
    ["5YJSA1DN0DFP14705", "North America", "United States", "Tesla", 2013],
    ["7SAYGDEE1NF000000", "North America", "United States", expect.stringContaining("Tesla"), 2022],
    ["2T1BURHE8JC000000", "North America", "Canada", "Toyota car", 2018],
    ["3VWFE21C94M000000", "North America", "Mexico", "Volkswagen car", 2004],
    // Built elsewhere to the North American rules (valid check digit): the 10th character is the year.
    ["JHMCM56557C404453", "Asia", "Japan", "Honda car", 2007],
    ["KMHDH4AE1DU000000", "Asia", "South Korea", "Hyundai car", 2013],
    ["WBA3A5C57CF256651", "Europe", "Germany", "BMW car", 2012],
    ["YV1CZ59H541000000", "Europe", "Sweden", "Volvo Cars car", 2004],
  ])("decodes %s: %s, %s, %s, model year %i", (vin, region, country, manufacturer, modelYear) => {
    expect(checkVin(vin)).toEqual({ ok: true, vin });
    expect(decodeVin(vin, today)).toEqual({
      region,
      country,
      manufacturer,
      modelYear,
      checkDigit: "valid",
      notes: [],
    });
  });

  it("shows no model year for a European VIN without a check digit (position 10 is the maker's)", () => {
    // VW's X in position 10 is 1999, but nothing in the VIN promises that: not guessed.
    expect(decodeVin("WVWZZZ1JZXW000001", today).modelYear).toBeNull();
  });

  it("leaves the manufacturer empty for an unlisted WMI, and shared small-maker WMIs (third character 9)", () => {
    expect(decodeVin("SA9AB12C0D1000000", today)).toMatchObject({ country: "United Kingdom", manufacturer: null });
    expect(decodeVin("DZZZZZZZZZZ000000", today)).toMatchObject({ region: "Africa", country: null });
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

  it.each([
    ["A", "Africa"],
    ["E", "Europe"], // Russia's later allocation
    ["H", "Asia"], // China's later allocation
    ["J", "Asia"],
    ["S", "Europe"],
    ["1", "North America"],
    ["6", "Oceania"],
    ["7S", "North America"], // the 7A–70 United States range
    ["9", "South America"],
  ])("gives every region: %s → %s", (start, region) => {
    expect(decodeVinRegion(`${start}AAAAAAAAAAAAAAAAA`.slice(0, 17))).toBe(region);
  });
});

describe("the WMI data", () => {
  const vinChars = /^[A-HJ-NPR-Z0-9]+$/;

  it("lists the manufacturers of well over a few hundred WMIs, keyed by valid VIN characters", () => {
    const wmis = Object.keys(wmiManufacturers);
    expect(wmis.length).toBeGreaterThan(1000);
    for (const wmi of wmis) expect(wmi).toMatch(/^[A-HJ-NPR-Z0-9]{2}[A-HJ-NPR-Z0-8]$/);
  });

  it("covers the common European, Asian and American makers", () => {
    for (const wmi of ["WVW", "WBA", "WDD", "WAU", "WF0", "VF1", "VF3", "VR7", "ZFA", "SAL", "YV1", "TMB", "VSS"])
      expect(wmiManufacturers[wmi], wmi).toBeTruthy();
    for (const wmi of ["JHM", "JTD", "KMH", "KNA", "LRW", "1HG", "1FT", "2T1", "3VW", "5YJ", "9BW"])
      expect(wmiManufacturers[wmi], wmi).toBeTruthy();
  });

  it("has country ranges of valid characters, from before to", () => {
    const order = "ABCDEFGHJKLMNPRSTUVWXYZ1234567890";
    for (const [first, from, to, country] of wmiCountryRanges) {
      expect(`${first}${from}${to}`).toMatch(vinChars);
      expect(order.indexOf(from)).toBeLessThanOrEqual(order.indexOf(to));
      expect(country).not.toBe("");
    }
  });
});
