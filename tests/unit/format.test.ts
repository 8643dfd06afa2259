// lib/format: dates in the viewer's zone and locale, the same text wherever it runs; calendar dates never
// move to another day; relative times round to the largest unit that fits, counted from an explicit now.
import { describe, expect, it } from "vitest";
import {
  dayKey,
  describeCounts,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatDateTimeWithZone,
  formatDayHeading,
  formatRelative,
  formatTime,
} from "@/lib/format";

const chicago = { locale: "en-US", timeZone: "America/Chicago" };
const berlin = { locale: "de-DE", timeZone: "Europe/Berlin" };
const london = { locale: "en-GB", timeZone: "Europe/London" };

describe("moments in the viewer's zone and locale", () => {
  const lateEvening = new Date("2026-03-04T23:30:00Z");
  const summerMorning = new Date("2026-07-01T13:00:00Z");

  it("formats a date and time as the viewer reads it", () => {
    expect(formatDateTime(summerMorning, chicago)).toBe("Jul 1, 2026, 8:00 AM");
    expect(formatDateTime(summerMorning, berlin)).toBe("01.07.2026, 15:00");
    expect(formatDateTime(summerMorning, london)).toBe("1 Jul 2026, 14:00");
    expect(formatDateTime(summerMorning.toISOString(), { locale: "en-US", timeZone: "UTC" })).toBe(
      "Jul 1, 2026, 1:00 PM",
    );
  });

  it("follows daylight saving time", () => {
    expect(formatTime("2026-01-15T13:00:00Z", chicago)).toBe("7:00 AM");
    expect(formatTime("2026-01-15T13:00:00Z", berlin)).toBe("14:00");
    expect(formatTime(summerMorning, chicago)).toBe("8:00 AM");
    expect(formatTime(summerMorning, berlin)).toBe("15:00");
  });

  it("puts a moment on the day it falls on in the viewer's zone", () => {
    expect(formatDate(lateEvening, chicago)).toBe("Mar 4, 2026");
    expect(formatDate(lateEvening, berlin)).toBe("05.03.2026");
    expect(dayKey(lateEvening, chicago)).toBe("2026-03-04");
    expect(dayKey(lateEvening, berlin)).toBe("2026-03-05");
    expect(formatDayHeading(lateEvening, chicago)).toBe("Wednesday, March 4, 2026");
    expect(formatDayHeading(lateEvening, berlin)).toBe("Donnerstag, 5. März 2026");
  });

  it("names the zone where the text is read away from the app", () => {
    expect(formatDateTimeWithZone("2026-01-15T13:00:00Z", chicago)).toBe("Jan 15, 2026, 7:00 AM CST");
    expect(formatDateTimeWithZone("2026-01-15T13:00:00Z", berlin)).toBe("15. Jan. 2026, 14:00 MEZ");
  });

  it("uses plain spaces whatever the ICU version", () => {
    expect(formatDateTime(summerMorning, chicago)).not.toMatch(/\u202f/);
  });
});

describe("calendar dates", () => {
  // Every offset from UTC-12 to UTC+14: a day without a time never moves.
  const zones = [
    "Etc/GMT+12",
    "Pacific/Pago_Pago",
    "America/Chicago",
    "UTC",
    "Europe/Berlin",
    "Asia/Tokyo",
    "Pacific/Kiritimati",
  ];

  it.each(zones)("shows 2026-03-01 as March 1 in %s", (timeZone) => {
    expect(formatCalendarDate("2026-03-01", { locale: "en-US", timeZone })).toBe("Mar 1, 2026");
    expect(formatCalendarDate(new Date("2026-03-01T00:00:00Z"), { locale: "de-DE", timeZone })).toBe("01.03.2026");
    expect(formatCalendarDate("2026-03-01", { locale: "en-GB", timeZone })).toBe("1 Mar 2026");
  });
});

describe("formatRelative", () => {
  const now = new Date("2026-03-04T12:00:00Z");
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

  it.each([
    [30, "now"],
    [150, "2 minutes ago"],
    [3 * 3600, "3 hours ago"],
    [24 * 3600, "yesterday"],
    [10 * 24 * 3600, "last week"],
    [400 * 24 * 3600, "last year"],
    [-2 * 3600, "in 2 hours"],
  ])("%i seconds ago → %s", (seconds, text) => {
    expect(formatRelative(ago(seconds), now, chicago)).toBe(text);
  });

  it("speaks the viewer's language", () => {
    expect(formatRelative(ago(3 * 24 * 3600), now, berlin)).toBe("vor 3 Tagen");
    expect(formatRelative(ago(30), now, berlin)).toBe("jetzt");
  });
});

describe("describeCounts", () => {
  it("names the non-zero counts in the singular or plural, joined as a list", () => {
    expect(
      describeCounts([
        [2, "work order", "work orders"],
        [0, "note", "notes"],
        [1, "link", "links"],
      ]),
    ).toBe("2 work orders and 1 link");
  });

  it("is null when every count is zero", () => {
    expect(describeCounts([[0, "work order", "work orders"]])).toBeNull();
  });
});
