// Dates and counts as people read them ("Mar 4, 2026", "2 work orders and 1 link"): dates in UTC where the
// server and the browser must render the same text (settings tables, calendar dates), or in the viewer's time
// zone (components/time.tsx).
const utcDate = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const utcDateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const localDate = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });
const localDateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });
const relative = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });

/** A calendar date (a due date, "since": stored at UTC midnight) as `YYYY-MM-DD`. */
export function toDateText(date: Date): string;
export function toDateText(date: Date | null): string | null;
export function toDateText(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** The date in UTC; also the way to show a calendar date (a due date, "since"), which has no time zone. */
export function formatUtcDate(date: Date | string): string {
  return utcDate.format(new Date(date));
}

export function formatUtcDateTime(date: Date | string): string {
  return `${utcDateTime.format(new Date(date))} UTC`;
}

/** The date in the time zone of whoever runs this: render it where hydration may differ (components/time.tsx). */
export function formatLocalDate(date: Date): string {
  return localDate.format(date);
}

export function formatLocalDateTime(date: Date): string {
  return localDateTime.format(date);
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 days ago", "in 2 hours", "just now". */
export function formatRelative(date: Date, now: Date = new Date()): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

const conjunction = new Intl.ListFormat("en", { type: "conjunction" });

/** "2 work orders and 1 customer link" from `[count, one, many]` (zero counts left out); null when all are zero. */
export function describeCounts(
  counts: readonly (readonly [count: number, one: string, many: string])[],
): string | null {
  const parts = counts
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => `${count} ${count === 1 ? one : many}`);
  return parts.length > 0 ? conjunction.format(parts) : null;
}
