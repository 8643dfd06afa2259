// Dates as people write them: each cell's reading day first and month first, and how a column's order is
// decided (values only one order reads, dotted dates, then the organization's country).
import { describe, expect, it } from "vitest";
import { classifyDate, dateOrderOfLocale, detectDateOrder, readDate } from "@/lib/fields/read-date";

// [cell, read day first, read month first, what the cell says about its column]
const cells: [string, string | null, string | null, ReturnType<typeof classifyDate>][] = [
  ["2026-03-01", "2026-03-01", "2026-03-01", "same"],
  ["2026/3/1", "2026-03-01", "2026-03-01", "same"],
  ["2026-03-01 14:30", "2026-03-01", "2026-03-01", "same"],
  ["2026-03-01T10:00:00Z", "2026-03-01", "2026-03-01", "same"],
  ["20260301", "2026-03-01", "2026-03-01", "same"],
  ["01.03.2026", "2026-03-01", "2026-03-01", "same"],
  ["1.3.26", "2026-03-01", "2026-03-01", "same"],
  ["31.12.1999", "1999-12-31", "1999-12-31", "same"],
  ["1 Mar 2026", "2026-03-01", "2026-03-01", "same"],
  ["01-Mar-2026", "2026-03-01", "2026-03-01", "same"],
  ["March 1, 2026", "2026-03-01", "2026-03-01", "same"],
  ["Mon, 2 Mar 2026", "2026-03-02", "2026-03-02", "same"],
  ["1. März 2026", "2026-03-01", "2026-03-01", "same"],
  ["3 mai 2026", "2026-05-03", "2026-05-03", "same"],
  // Only one order reads these.
  ["13/1/2026", "2026-01-13", "2026-01-13", "dmy"],
  ["31/12/2026", "2026-12-31", "2026-12-31", "dmy"],
  ["1/13/2026", "2026-01-13", "2026-01-13", "mdy"],
  ["12/31/26", "2026-12-31", "2026-12-31", "mdy"],
  ["28-02-2026", "2026-02-28", "2026-02-28", "dmy"],
  // Both orders read these, differently.
  ["1/3/2026", "2026-03-01", "2026-01-03", "either"],
  ["3/1/2026", "2026-01-03", "2026-03-01", "either"],
  ["01/02/03", "2003-02-01", "2003-01-02", "either"],
  ["05-06-1985", "1985-06-05", "1985-05-06", "either"],
  // The same either way.
  ["3/3/2026", "2026-03-03", "2026-03-03", "same"],
  // Not dates.
  ["31/02/2026", null, null, "invalid"],
  ["2026-02-29", null, null, "invalid"],
  ["2026-13-01", null, null, "invalid"],
  ["yesterday", null, null, "invalid"],
  ["46082", null, null, "invalid"],
  ["", null, null, "invalid"],
];

describe("readDate", () => {
  it.each(cells)("%j reads %j day first and %j month first (%s)", (cell, dmy, mdy, kind) => {
    expect(readDate(cell, "dmy")).toBe(dmy);
    expect(readDate(cell, "mdy")).toBe(mdy);
    expect(classifyDate(cell)).toBe(kind);
  });

  it("reads two-digit years as Excel does (00–29 in the 2000s, 30–99 in the 1900s)", () => {
    expect(readDate("1.3.29", "dmy")).toBe("2029-03-01");
    expect(readDate("1.3.30", "dmy")).toBe("1930-03-01");
  });

  it("reads year first only when chosen, for dates with a two-digit year", () => {
    expect(readDate("26/03/01", "ymd")).toBe("2026-03-01");
    expect(readDate("26/03/01", "dmy")).toBe("2001-03-26");
    // Neither month first nor one agreed reading: left for the schema to refuse.
    expect(readDate("26/03/01", "mdy")).toBeNull();
    expect(readDate("1/3/2026", "ymd")).toBeNull();
  });

  it("reads five-digit numbers as Excel day numbers only in a workbook", () => {
    expect(readDate("46082", "dmy", true)).toBe("2026-03-01");
    expect(readDate("36526", "mdy", true)).toBe("2000-01-01");
    expect(readDate("2026", "dmy", true)).toBeNull();
    expect(classifyDate("46082", true)).toBe("same");
  });
});

describe("detectDateOrder", () => {
  it("lets values only one order reads decide, and lists the values it decided", () => {
    expect(detectDateOrder(["1/3/2026", "13/1/2026", "", "2/3/2026"], { country: "US" })).toEqual({
      format: "dmy",
      reason: 'the value "13/1/2026" can only be read day first',
      ambiguous: [
        { value: "1/3/2026", read: "2026-03-01" },
        { value: "2/3/2026", read: "2026-03-02" },
      ],
      ambiguousCount: 2,
    });
    expect(detectDateOrder(["1/3/2026", "1/13/2026", "12/31/2026"], { country: "DE" })).toMatchObject({
      format: "mdy",
      reason: '2 values such as "1/13/2026" can only be read month first',
    });
  });

  it("counts dotted dates as day first", () => {
    expect(detectDateOrder(["01.03.2026", "1/3/2026"], { country: "US" })).toMatchObject({
      format: "dmy",
      reason: 'dotted dates such as "01.03.2026" are written day first',
      ambiguous: [{ value: "1/3/2026", read: "2026-03-01" }],
    });
  });

  it("falls back to the organization's country when no value decides", () => {
    expect(detectDateOrder(["1/3/2026", "3/1/2026"], { country: "US" })).toMatchObject({
      format: "mdy",
      reason:
        "no value shows whether the day or the month comes first; dates in your organization's country (United States) are written month first",
      ambiguous: [
        { value: "1/3/2026", read: "2026-01-03" },
        { value: "3/1/2026", read: "2026-03-01" },
      ],
    });
    expect(detectDateOrder(["1/3/2026"], { country: "GB" })).toMatchObject({ format: "dmy" });
    // Year-first countries still need day or month first for 1/3/2026: day first.
    expect(detectDateOrder(["1/3/2026"], { country: "SE" })).toMatchObject({
      format: "dmy",
      reason:
        "no value shows whether the day or the month comes first; dates in your organization's country (Sweden) are written day first",
    });
    expect(detectDateOrder(["13/1/2026", "1/13/2026"], { country: "DE" })).toMatchObject({
      format: "dmy",
      reason:
        "values disagree on whether the day or the month comes first; dates in your organization's country (Germany) are written day first",
    });
  });

  it("reads a column of self-describing dates as written", () => {
    expect(detectDateOrder(["2026-03-01", "2025-12-31"], { country: "US" })).toEqual({
      format: "ymd",
      reason: "every value says how to read it",
      ambiguous: [],
      ambiguousCount: 0,
    });
    expect(detectDateOrder(["46082"], { country: "US", excelSerials: true })).toMatchObject({ format: "ymd" });
    expect(detectDateOrder(["March 1, 2026"], { country: "DE" })).toMatchObject({ format: "mdy" });
  });

  it("takes a chosen order", () => {
    expect(detectDateOrder(["1/3/2026", "13/1/2026"], { country: "US", choice: "mdy" })).toMatchObject({
      format: "mdy",
      reason: "chosen in the import options",
      ambiguous: [{ value: "1/3/2026", read: "2026-01-03" }],
    });
  });

  it.each([
    ["en-US", "mdy"],
    ["de-DE", "dmy"],
    ["en-GB", "dmy"],
    ["fr-FR", "dmy"],
    ["ja-JP", "ymd"],
    ["sv-SE", "ymd"],
  ] as const)("%s orders dates %s", (locale, order) => {
    expect(dateOrderOfLocale(locale)).toBe(order);
  });
});
