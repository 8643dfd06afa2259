// Calendar days and months in a time zone (the organization's) as the instants that bound them, for filters on
// timestamptz columns: queries compare the column with these bounds, so its index stays usable. Temporal (the
// polyfill until runtimes ship it) knows where a day starts when daylight saving time skips midnight, and reads
// the same ICU time zone data as the dates the app shows.
import { Temporal } from "temporal-polyfill";

const instantOf = (zoned: Temporal.ZonedDateTime) => new Date(zoned.epochMilliseconds);

/** The first moment of `day` (`YYYY-MM-DD`) in `timeZone`: midnight, or later when DST skips midnight that day. */
export function startOfDayIn(day: string, timeZone: string): Date {
  return instantOf(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone }));
}

/** The first moment of the day after `day` in `timeZone`: the exclusive upper bound of a range ending on `day`. */
export function startOfNextDayIn(day: string, timeZone: string): Date {
  return instantOf(Temporal.PlainDate.from(day).add({ days: 1 }).toZonedDateTime({ timeZone }));
}

/** The first moment of the calendar month `now` falls in, in `timeZone`. */
export function startOfMonthIn(now: Date, timeZone: string): Date {
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate();
  return instantOf(today.with({ day: 1 }).toZonedDateTime({ timeZone }));
}

/** The moment a wall-clock time (`YYYY-MM-DDTHH:mm`, a datetime-local input) names in `timeZone`. */
export function instantOfWallTime(wallTime: string, timeZone: string): Date {
  return instantOf(Temporal.PlainDateTime.from(wallTime).toZonedDateTime(timeZone));
}
