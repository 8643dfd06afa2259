// Dates and counts as people read them ("Mar 4, 2026, 7:00 AM", "2 work orders and 1 link"). Every date
// formatter takes the viewer's DisplayPrefs (lib/display-prefs.ts) explicitly and nothing else from its
// surroundings, so the server and the browser render the same text for the same input (no hydration mismatch).
import type { DisplayPrefs } from "@/lib/display-prefs";

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats with a cached Intl.DateTimeFormat (tables format hundreds of dates per render). */
function format(date: Date | string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  // ICU versions differ in the space before "AM" (U+202F or a plain one): one spelling on both sides.
  return formatter.format(new Date(date)).replace(/\u202f/g, " ");
}

/** A calendar date (a due date, "since": stored at UTC midnight) as `YYYY-MM-DD`. */
export function toDateText(date: Date): string;
export function toDateText(date: Date | null): string | null;
export function toDateText(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** A moment in the viewer's zone and locale: "Mar 4, 2026, 7:00 AM" (en-US), "04.03.2026, 14:00" (de-DE). */
export function formatDateTime(date: Date | string, prefs: DisplayPrefs): string {
  return format(date, prefs.locale, { dateStyle: "medium", timeStyle: "short", timeZone: prefs.timeZone });
}

/** The same with the zone's name, for titles and texts read away from the app: "Mar 4, 2026, 7:00 AM CST". */
export function formatDateTimeWithZone(date: Date | string, prefs: DisplayPrefs): string {
  const options: Intl.DateTimeFormatOptions = {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
    timeZone: prefs.timeZone,
  };
  return format(date, prefs.locale, options);
}

/** The day a moment falls on in the viewer's zone: "Mar 4, 2026" / "04.03.2026". */
export function formatDate(date: Date | string, prefs: DisplayPrefs): string {
  return format(date, prefs.locale, { dateStyle: "medium", timeZone: prefs.timeZone });
}

/** The time of day a moment falls on in the viewer's zone: "7:00 AM" / "14:00". */
export function formatTime(date: Date | string, prefs: DisplayPrefs): string {
  return format(date, prefs.locale, { timeStyle: "short", timeZone: prefs.timeZone });
}

/** A day heading: "Wednesday, March 4, 2026" / "Mittwoch, 4. März 2026". */
export function formatDayHeading(date: Date | string, prefs: DisplayPrefs): string {
  return format(date, prefs.locale, { dateStyle: "full", timeZone: prefs.timeZone });
}

/** The key of the day a moment falls on in the viewer's zone (`YYYY-MM-DD`), to group by day. */
export function dayKey(date: Date | string, prefs: Pick<DisplayPrefs, "timeZone">): string {
  return format(date, "en-CA", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: prefs.timeZone,
  });
}

/**
 * A calendar date (a due date, "since": a day with no time, `YYYY-MM-DD` or stored at UTC midnight) in the
 * viewer's locale. It is read in UTC, never in the viewer's zone, so it never moves to a neighbouring day.
 */
export function formatCalendarDate(date: Date | string, prefs: DisplayPrefs): string {
  const value = typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date;
  return format(value, prefs.locale, { dateStyle: "medium", timeZone: "UTC" });
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * "3 days ago", "in 2 hours", "just now" (de-DE: "vor 3 Tagen") measured from `now`, which the caller
 * passes so the server and the browser agree (the server's render time, then a ticking clock after mount).
 */
export function formatRelative(date: Date | string, now: Date, prefs: DisplayPrefs): string {
  let relative = relativeFormats.get(prefs.locale);
  if (!relative) {
    relative = new Intl.RelativeTimeFormat(prefs.locale, { numeric: "auto" });
    relativeFormats.set(prefs.locale, relative);
  }
  const seconds = (new Date(date).getTime() - now.getTime()) / 1000;
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(0, "second");
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
