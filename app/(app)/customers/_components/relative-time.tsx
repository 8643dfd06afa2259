"use client";

// "3 days ago", with the exact date and time as its title; the server's "now" may differ from the
// browser's by the time it hydrates, so hydration is told so.
import { formatDateTime } from "./format";

const relative = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

export function formatRelative(date: Date, now: Date = new Date()): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

export function RelativeTime({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)} suppressHydrationWarning>
      {formatRelative(date)}
    </time>
  );
}
