// lib/format: UTC dates read the same on the server and in any browser; relative times round to the
// largest unit that fits.
import { describe, expect, it } from "vitest";
import { describeCounts, formatRelative, formatUtcDate, formatUtcDateTime } from "@/lib/format";

describe("UTC dates", () => {
  const lateEvening = new Date("2026-03-04T23:30:00Z");

  it("shows the UTC calendar day whatever the local time zone", () => {
    expect(formatUtcDate(lateEvening)).toBe("Mar 4, 2026");
    expect(formatUtcDate("2021-03-04T00:00:00Z")).toBe("Mar 4, 2021");
  });

  it("labels a date and time as UTC", () => {
    expect(formatUtcDateTime(lateEvening)).toBe("Mar 4, 2026, 11:30 PM UTC");
    expect(formatUtcDateTime(lateEvening.toISOString())).toBe("Mar 4, 2026, 11:30 PM UTC");
  });
});

describe("formatRelative", () => {
  const now = new Date("2026-03-04T12:00:00Z");
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

  it.each([
    [30, "just now"],
    [150, "2 minutes ago"],
    [3 * 3600, "3 hours ago"],
    [24 * 3600, "yesterday"],
    [10 * 24 * 3600, "last week"],
    [400 * 24 * 3600, "last year"],
    [-2 * 3600, "in 2 hours"],
  ])("%i seconds ago → %s", (seconds, text) => {
    expect(formatRelative(ago(seconds), now)).toBe(text);
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
