"use client";

// Dates in the viewer's time zone and locale (components/display-prefs.tsx), with the exact time and zone as
// their title. The server renders them with the same prefs, so the text hydrates unchanged.
import { useDisplayPrefs, useNow } from "@/components/display-prefs";
import {
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatDateTimeWithZone,
  formatRelative,
  toDateText,
} from "@/lib/format";

export function LocalDate({ date, withTime = false }: { date: Date | string; withTime?: boolean }) {
  const prefs = useDisplayPrefs();
  return (
    <time dateTime={new Date(date).toISOString()} title={formatDateTimeWithZone(date, prefs)}>
      {withTime ? formatDateTime(date, prefs) : formatDate(date, prefs)}
    </time>
  );
}

/** "3 days ago", counted from the server's render time while hydrating, then from the browser's clock. */
export function RelativeTime({ date }: { date: Date }) {
  const prefs = useDisplayPrefs();
  const now = useNow();
  return (
    <time dateTime={date.toISOString()} title={formatDateTimeWithZone(date, prefs)}>
      {formatRelative(date, now, prefs)}
    </time>
  );
}

/** A day without a time (a due date, "since": `YYYY-MM-DD` or stored at UTC midnight): the same day in every zone. */
export function CalendarDate({ date }: { date: Date | string }) {
  const prefs = useDisplayPrefs();
  return <time dateTime={typeof date === "string" ? date : toDateText(date)}>{formatCalendarDate(date, prefs)}</time>;
}
