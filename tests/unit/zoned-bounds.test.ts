// Calendar days and months in a time zone as instants: month starts, day ranges, daylight saving time.
import { describe, expect, it } from "vitest";
import { instantOfWallTime, startOfDayIn, startOfMonthIn, startOfNextDayIn } from "@/lib/zoned-bounds";

const iso = (date: Date | undefined) => date?.toISOString();

describe("startOfMonthIn", () => {
  it("starts the month at local midnight on the 1st", () => {
    const now = new Date("2026-03-15T12:00:00Z");
    expect(iso(startOfMonthIn(now, "UTC"))).toBe("2026-03-01T00:00:00.000Z");
    expect(iso(startOfMonthIn(now, "Europe/Berlin"))).toBe("2026-02-28T23:00:00.000Z");
    expect(iso(startOfMonthIn(now, "America/Los_Angeles"))).toBe("2026-03-01T08:00:00.000Z");
    expect(iso(startOfMonthIn(now, "Pacific/Auckland"))).toBe("2026-02-28T11:00:00.000Z");
  });

  it("takes the month it already is locally, ahead of or behind UTC", () => {
    // 11:30 UTC on Feb 28 is 00:30 on March 1 in Auckland (UTC+13).
    expect(iso(startOfMonthIn(new Date("2026-02-28T11:30:00Z"), "Pacific/Auckland"))).toBe("2026-02-28T11:00:00.000Z");
    // 05:00 UTC on April 1 is still March 31 in Los Angeles (UTC-7).
    expect(iso(startOfMonthIn(new Date("2026-04-01T05:00:00Z"), "America/Los_Angeles"))).toBe(
      "2026-03-01T08:00:00.000Z",
    );
  });
});

describe("day bounds", () => {
  it("bounds a range of whole days in the zone, the last day included", () => {
    expect(iso(startOfDayIn("2026-03-01", "Europe/Berlin"))).toBe("2026-02-28T23:00:00.000Z");
    // Berlin moves to summer time on March 29: the range ends at midnight CEST.
    expect(iso(startOfNextDayIn("2026-03-31", "Europe/Berlin"))).toBe("2026-03-31T22:00:00.000Z");
    expect(iso(startOfDayIn("2026-03-01", "UTC"))).toBe("2026-03-01T00:00:00.000Z");
    expect(iso(startOfNextDayIn("2026-03-31", "UTC"))).toBe("2026-04-01T00:00:00.000Z");
  });

  it("starts a day whose midnight daylight saving time skips at the first moment it has", () => {
    // Santiago springs forward at midnight on 2026-09-06: the day starts at 01:00 local (04:00 UTC).
    expect(iso(startOfDayIn("2026-09-06", "America/Santiago"))).toBe("2026-09-06T04:00:00.000Z");
    expect(iso(startOfNextDayIn("2026-09-05", "America/Santiago"))).toBe("2026-09-06T04:00:00.000Z");
  });
});

describe("instantOfWallTime", () => {
  it("reads a datetime-local value in the given zone, whatever the runtime's own", () => {
    expect(iso(instantOfWallTime("2026-01-15T07:00", "America/Chicago"))).toBe("2026-01-15T13:00:00.000Z");
    expect(iso(instantOfWallTime("2026-01-15T14:00", "Europe/Berlin"))).toBe("2026-01-15T13:00:00.000Z");
    expect(iso(instantOfWallTime("2026-07-01T15:00", "Europe/Berlin"))).toBe("2026-07-01T13:00:00.000Z");
    // 02:30 does not exist when Chicago springs forward: it is read as 03:30 daylight time.
    expect(iso(instantOfWallTime("2026-03-08T02:30", "America/Chicago"))).toBe("2026-03-08T08:30:00.000Z");
  });
});
