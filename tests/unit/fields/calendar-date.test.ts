// Calendar dates: "YYYY-MM-DD" read as a day at UTC midnight, and the customer's "Customer since" rules.
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseCalendarDate, pastCalendarDateSchema } from "@/lib/fields/calendar-date";
import { customerInputSchema, customerPatchSchema } from "@/lib/customers/schemas";
import { recordedCustomerFields, recordedCustomerValue } from "@/lib/customers/fields";
import { formatChangeValue } from "@/lib/activity/format";

const since = pastCalendarDateSchema("Customer since");
const messageOf = (input: unknown) => {
  const result = since.safeParse(input);
  return result.success ? null : result.error.issues.map((issue) => issue.message).join("; ");
};

afterEach(() => {
  vi.useRealTimers();
});

describe("parseCalendarDate", () => {
  it("reads a real day as UTC midnight", () => {
    expect(parseCalendarDate("2019-04-01")?.toISOString()).toBe("2019-04-01T00:00:00.000Z");
    expect(parseCalendarDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it("refuses days that are not on the calendar and other shapes", () => {
    for (const text of ["2019-02-29", "2019-02-30", "2019-13-01", "2019-00-10", "2019-4-1", "01.03.2026", "3/1/2026"]) {
      expect(parseCalendarDate(text)).toBeNull();
    }
    // Also what the timeline's range and the work order's due date refuse as a day.
    expect(parseCalendarDate("2026-02-28")).not.toBeNull();
    for (const bad of ["2026-02-30", "2026-2-3", "2026-03-01T00:00:00Z", "03/01/2026", ""]) {
      expect(parseCalendarDate(bad), bad).toBeNull();
    }
  });
});

describe("pastCalendarDateSchema", () => {
  it("keeps the day whatever form it comes in, and blank as not set", () => {
    expect(since.parse(" 2019-04-01 ")?.toISOString()).toBe("2019-04-01T00:00:00.000Z");
    expect(since.parse(new Date("2019-04-01T00:00:00Z"))?.toISOString()).toBe("2019-04-01T00:00:00.000Z");
    expect(since.parse("1900-01-01")?.toISOString()).toBe("1900-01-01T00:00:00.000Z");
    expect(since.parse("")).toBeNull();
    expect(since.parse("  ")).toBeNull();
    expect(since.parse(null)).toBeNull();
    expect(since.parse(undefined)).toBeNull();
  });

  it("says what is wrong: the format, a day not on the calendar, too early, in the future", () => {
    expect(messageOf("01.03.2026")).toBe("Enter a date such as 2019-04-01 (year-month-day)");
    expect(messageOf("2019-04-01T10:00:00Z")).toBe("Enter a date such as 2019-04-01 (year-month-day)");
    expect(messageOf(20190401)).toBe("Enter a date such as 2019-04-01 (year-month-day)");
    expect(messageOf(new Date("nope"))).toBe("Enter a date such as 2019-04-01 (year-month-day)");
    expect(messageOf("2019-02-30")).toBe("2019-02-30 is not a day on the calendar");
    expect(messageOf("1899-12-31")).toBe("Customer since must be 1900-01-01 or later");
    expect(messageOf("2999-01-01")).toBe("Customer since cannot be in the future");
  });

  it("allows today and tomorrow in UTC (already today east of UTC), not the day after", () => {
    vi.useFakeTimers({ now: new Date("2026-03-01T23:30:00Z"), toFake: ["Date"] });
    expect(messageOf("2026-03-01")).toBeNull();
    expect(messageOf("2026-03-02")).toBeNull();
    expect(messageOf("2026-03-03")).toBe("Customer since cannot be in the future");
    vi.setSystemTime(new Date("2026-03-01T00:10:00Z"));
    expect(messageOf("2026-03-02")).toBeNull();
    expect(messageOf("2026-03-03")).toBe("Customer since cannot be in the future");
  });
});

describe("customerSince on the customer schemas", () => {
  it("is optional, stored at UTC midnight, and reported on its field", () => {
    expect(customerInputSchema.parse({ name: "Acme" }).customerSince).toBeNull();
    expect(customerInputSchema.parse({ name: "Acme", customerSince: "2019-04-01" }).customerSince).toEqual(
      new Date("2019-04-01T00:00:00Z"),
    );
    const result = customerPatchSchema.safeParse({ customerSince: "1.3.2026" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["customerSince"]]);
  });

  it("is recorded as its YYYY-MM-DD text; other values as they are", () => {
    expect(recordedCustomerValue("customerSince", new Date("2019-04-01T00:00:00Z"))).toBe("2019-04-01");
    expect(recordedCustomerValue("customerSince", null)).toBeNull();
    expect(recordedCustomerValue("city", "Austin")).toBe("Austin");
    const stored = new Date("2019-04-01T00:00:00Z");
    expect(recordedCustomerFields({ customerSince: stored, city: "Austin", searchText: "x" })).toMatchObject({
      customerSince: "2019-04-01",
      city: "Austin",
    });
    expect(recordedCustomerFields({ customerSince: stored })).not.toHaveProperty("searchText");
  });
});

describe("a recorded customer since change on the timeline", () => {
  const entry = { changes: { customerSince: { from: null, to: "2019-04-01" } }, labels: {}, currency: null };

  it("reads as a calendar date in the viewer's locale, the same day in every zone", () => {
    const west = { locale: "en-US", timeZone: "Pacific/Pago_Pago" };
    const berlin = { locale: "de-DE", timeZone: "Europe/Berlin" };
    expect(formatChangeValue(entry, "customerSince", "from", west)).toBe("(empty)");
    expect(formatChangeValue(entry, "customerSince", "to", west)).toBe("Apr 1, 2019");
    expect(formatChangeValue(entry, "customerSince", "to", berlin)).toBe("01.04.2019");
  });
});
