"use client";

// A date shown in the viewer's time zone; the server's rendering may differ, so hydration is told so.
import { formatDate, formatDateTime } from "./format";

export function LocalDate({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)} suppressHydrationWarning>
      {withTime ? formatDateTime(date) : formatDate(date)}
    </time>
  );
}
