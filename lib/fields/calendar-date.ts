// Calendar dates (a day with no time or time zone, PostgreSQL DATE): "YYYY-MM-DD" text ⇄ a Date at UTC
// midnight, which is how Prisma reads and writes a DATE column whatever the server's time zone.
import { z } from "zod";
import { textSchema } from "@/lib/validation";
import { toDateText } from "@/lib/format";

const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` naming a real day (no 2019-02-30) as a Date at UTC midnight, else null. */
export function parseCalendarDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return toDateText(date) === text ? date : null;
}

function rangeProblem(date: Date, label: string): string | null {
  if (date.getUTCFullYear() < 1900) return `${label} must be 1900-01-01 or later`;
  if (date.getTime() > Date.now() + DAY_MS) return `${label} cannot be in the future`;
  return null;
}

/**
 * An optional calendar date from 1900-01-01 up to tomorrow in UTC (today somewhere on Earth): "YYYY-MM-DD"
 * text (a date input, JSON, a file cell) or a Date at UTC midnight (a stored value an update merges with).
 * Blank means not set. The result is a Date at UTC midnight.
 */
export function pastCalendarDateSchema(label: string) {
  const format = "Enter a date such as 2019-04-01 (year-month-day)";
  return z
    .union([textSchema(label).trim(), z.date()], { error: format })
    .nullish()
    .transform((value, ctx) => {
      if (value == null || value === "") return null;
      const date = typeof value === "string" ? parseCalendarDate(value) : value;
      const problem = !date
        ? /^\d{4}-\d{2}-\d{2}$/.test(String(value))
          ? `${String(value)} is not a day on the calendar`
          : format
        : rangeProblem(date, label);
      if (date && !problem) return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
      ctx.addIssue({ code: "custom", message: problem ?? format, input: value });
      return z.NEVER;
    });
}
