"use client";

// Dates shown in the viewer's time zone, with the exact date and time as their title. The server's
// time zone and "now" may differ from the browser's by the time it hydrates, so hydration is told so.
import { formatLocalDate, formatLocalDateTime, formatRelative } from "@/lib/format";

export function LocalDate({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  return (
    <time dateTime={date.toISOString()} title={formatLocalDateTime(date)} suppressHydrationWarning>
      {withTime ? formatLocalDateTime(date) : formatLocalDate(date)}
    </time>
  );
}

/** "3 days ago". */
export function RelativeTime({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} title={formatLocalDateTime(date)} suppressHydrationWarning>
      {formatRelative(date)}
    </time>
  );
}
