// Numbers as people write them: each cell's reading in both conventions, and how a column's convention is
// decided (unambiguous values, then the workbook, a semicolon delimiter, the organization's country).
import { describe, expect, it } from "vitest";
import {
  classifyNumber,
  detectNumberFormat,
  localeOfCountry,
  numberFormatOfLocale,
  readNumber,
} from "@/lib/fields/read-number";

// [cell, read with a decimal point, read with a decimal comma, what the cell says about its column]
const cells: [string, string | null, string | null, ReturnType<typeof classifyNumber>][] = [
  ["25.000,00", "25000.00", "25000.00", "comma"],
  ["1.000,50", "1000.50", "1000.50", "comma"],
  ["10 000,5", "10000.5", "10000.5", "comma"],
  ["10\u00a0000,5", "10000.5", "10000.5", "comma"],
  ["10\u202f000,50", "10000.50", "10000.50", "comma"],
  ["25,000.00", "25000.00", "25000.00", "dot"],
  ["1'000.50", "1000.50", "1000.50", "dot"],
  ["1’000.50", "1000.50", "1000.50", "dot"],
  ["-12,5", "-12.5", "-12.5", "comma"],
  ["12,5", "12.5", "12.5", "comma"],
  ["0,500", "0.50", "0.50", "comma"],
  ["1.234.567", "1234567", "1234567", "comma"],
  ["1,234,567", "1234567", "1234567", "dot"],
  ["1.000.000,00", "1000000.00", "1000000.00", "comma"],
  ["$25,000.00", "25000.00", "25000.00", "dot"],
  ["25.000,00 €", "25000.00", "25000.00", "comma"],
  ["EUR 1.250,99", "1250.99", "1250.99", "comma"],
  ["CHF 1'000.–", "1000", "1000", "dot"],
  ["25,-", "25", "25", "comma"],
  ["(1,200.00)", "-1200.00", "-1200.00", "dot"],
  ["12,50-", "-12.50", "-12.50", "comma"],
  ["€ -12,50", "-12.50", "-12.50", "comma"],
  ["\u22123,5", "-3.5", "-3.5", "comma"],
  [".5", "0.5", "0.5", "dot"],
  [",75", "0.75", "0.75", "comma"],
  ["25000.5", "25000.5", "25000.5", "dot"],
  ["25000,5", "25000.5", "25000.5", "comma"],
  // Both conventions read these, differently: the column's convention decides.
  ["1,000", "1000", "1.00", "either"],
  ["1.000", "1.00", "1000", "either"],
  ["250,000", "250000", "250.00", "either"],
  ["USD 1,200", "1200", "1.20", "either"],
  ["-1.500", "-1.50", "-1500", "either"],
  ["1.234", "1.234", "1234", "either"],
  // The same either way.
  ["1000", "1000", "1000", "same"],
  ["25 000 €", "25000", "25000", "same"],
  ["+42", "42", "42", "same"],
  ["0", "0", "0", "same"],
  ["-0,00", "0.00", "0.00", "comma"],
  // Not numbers: left for the schema to refuse.
  ["lots", null, null, "invalid"],
  ["1e5", null, null, "invalid"],
  ["12.5%", null, null, "invalid"],
  ["1,5,3", null, null, "invalid"],
  ["1.000,000.00", null, null, "invalid"],
  ["12,34.5", null, null, "invalid"],
  ["-12-", null, null, "invalid"],
  ["(-5)", null, null, "invalid"],
  ["", null, null, "invalid"],
];

describe("readNumber", () => {
  it.each(cells)("%j reads %j with a decimal point and %j with a decimal comma (%s)", (cell, dot, comma, kind) => {
    expect(readNumber(cell, "dot")).toBe(dot);
    expect(readNumber(cell, "comma")).toBe(comma);
    expect(classifyNumber(cell)).toBe(kind);
  });
});

describe("detectNumberFormat", () => {
  it("lets values only one convention reads decide, and lists the values it decided with their reading", () => {
    const decision = detectNumberFormat(["25.000,00", "1.000", "12", "", "1.000"], { country: "US" });
    expect(decision).toEqual({
      format: "comma",
      reason: 'the value "25.000,00" can only be read with a decimal comma',
      ambiguous: [{ value: "1.000", read: "1000" }],
      ambiguousCount: 2,
    });
  });

  it("follows the majority when values disagree, and says so", () => {
    const decision = detectNumberFormat(["25,000.00", "1,000.50", "12,5"], { country: "DE", delimiter: ";" });
    expect(decision.format).toBe("dot");
    expect(decision.reason).toBe(
      '2 values such as "25,000.00" can only be read with a decimal point (and the value "12,5" can only be read with a decimal comma, so it is read that way)',
    );
  });

  it("falls back to a semicolon delimiter, then the organization's country, when no value decides", () => {
    expect(detectNumberFormat(["1.000", "500"], { country: "US", delimiter: ";" })).toMatchObject({
      format: "comma",
      reason:
        "no value shows the convention; the file is separated by semicolons, as files written with decimal commas are",
    });
    expect(detectNumberFormat(["1,000"], { country: "DE", delimiter: "," })).toMatchObject({
      format: "comma",
      reason: "no value shows the convention; numbers in your organization's country (Germany) are written 1.234,56",
      ambiguous: [{ value: "1,000", read: "1.00" }],
    });
    expect(detectNumberFormat(["1,000"], { country: "US" })).toMatchObject({
      format: "dot",
      ambiguous: [{ value: "1,000", read: "1000" }],
    });
    expect(detectNumberFormat(["1000", "25"], { country: "FR" })).toMatchObject({
      format: "comma",
      reason:
        "every value reads the same either way; numbers in your organization's country (France) are written 1.234,56",
    });
  });

  it("reads a workbook's numbers with a decimal point when no value decides, whatever the country", () => {
    expect(detectNumberFormat(["1.234", "1000"], { country: "DE", workbook: true })).toMatchObject({
      format: "dot",
      reason: "no value shows the convention; numbers stored in an Excel workbook use a decimal point",
      ambiguous: [{ value: "1.234", read: "1.234" }],
    });
  });

  it("breaks an even split by the fallbacks", () => {
    expect(detectNumberFormat(["1.000,50", "1,000.50"], { country: "US", delimiter: ";" })).toMatchObject({
      format: "comma",
      reason:
        "as many values use a decimal point as a decimal comma; the file is separated by semicolons, as files written with decimal commas are",
    });
  });

  it("takes a chosen convention for the values both read, listing at most five of them", () => {
    const values = ["1,000", "2,000", "3,000", "4,000", "5,000", "6,000", "25.000,00"];
    const decision = detectNumberFormat(values, { country: "DE", choice: "dot" });
    expect(decision.format).toBe("dot");
    expect(decision.reason).toBe("chosen in the import options");
    expect(decision.ambiguous).toHaveLength(5);
    expect(decision.ambiguous[0]).toEqual({ value: "1,000", read: "1000" });
    expect(decision.ambiguousCount).toBe(6);
  });
});

describe("locale conventions", () => {
  it.each([
    ["DE", "de-DE", "comma"],
    ["AT", "de-AT", "comma"],
    ["FR", "fr-FR", "comma"],
    ["NL", "nl-NL", "comma"],
    ["IT", "it-IT", "comma"],
    ["ES", "es-ES", "comma"],
    ["BR", "pt-BR", "comma"],
    ["US", "en-US", "dot"],
    ["GB", "en-GB", "dot"],
    ["CH", "de-CH", "dot"],
    ["MX", "es-MX", "dot"],
    ["JP", "ja-JP", "dot"],
  ] as const)("%s is %s, which writes numbers with a decimal %s", (country, locale, format) => {
    expect(localeOfCountry(country)).toBe(locale);
    expect(numberFormatOfLocale(locale)).toBe(format);
  });

  it("treats an unknown country as en-US", () => {
    expect(localeOfCountry("not a country")).toBe("en-US");
  });
});
