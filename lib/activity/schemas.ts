// Activity validation shared by the timeline's form and filters and the server (no server imports).
import { z } from "zod";
import { parseCalendarDate } from "@/lib/fields/calendar-date";
import { textSchema } from "@/lib/validation";

export const activityTypes = ["change", "note", "call", "email", "meeting"] as const;
export type ActivityTypeName = (typeof activityTypes)[number];
/** What staff enter by hand; `change` is only ever recorded by the system. */
export const loggedActivityTypes = ["note", "call", "email", "meeting"] as const;

export const activityTypeLabels: Record<ActivityTypeName, string> = {
  change: "Change",
  note: "Note",
  call: "Call",
  email: "Email",
  meeting: "Meeting",
};

const activityLimits = { summary: 300, body: 10_000 } as const;

/** A date-time as an ISO string (REST, server actions) or a Date; blank means unset. */
const dateTime = (label: string) =>
  z
    .union([textSchema(label).trim(), z.date()], { error: `${label} must be a date and time` })
    .nullish()
    .transform((value, ctx) => {
      if (value == null || value === "") return undefined;
      const date = typeof value === "string" ? new Date(value) : value;
      if (!Number.isNaN(date.getTime())) return date;
      ctx.addIssue({ code: "custom", message: `Enter a valid ${label.toLowerCase()}`, input: value });
      return z.NEVER;
    });

/** A note, call, email or meeting entered by hand. */
export const logActivitySchema = z.object({
  type: z.enum(loggedActivityTypes, { error: "Choose note, call, email or meeting" }),
  summary: textSchema("Summary")
    .trim()
    .min(1, "Summary is required")
    .max(activityLimits.summary, `Summary must be at most ${activityLimits.summary} characters`),
  body: textSchema("Details")
    .max(activityLimits.body, `Details must be at most ${activityLimits.body} characters`)
    .nullish()
    .transform((value) => (value?.trim() ? value.trim() : null)),
  occurredAt: dateTime("When"),
  /** Stored encrypted; its details are shown to staff and above only. */
  sensitive: z.boolean({ error: "Sensitive must be true or false" }).optional().default(false),
});
export type LogActivityInput = z.input<typeof logActivitySchema>;

const activityPageSizes = { default: 20, max: 100 } as const;

/**
 * A bound of the timeline's range: a calendar day `YYYY-MM-DD` (kept as text: the whole day in the organization's
 * time zone, resolved by the query) or a date-time (that instant).
 */
const rangeBound = (label: string) =>
  z
    .union([textSchema(label).trim(), z.date()], { error: `${label} must be a date or a date and time` })
    .nullish()
    .transform((value, ctx) => {
      if (value == null || value === "") return undefined;
      if (typeof value === "string" && parseCalendarDate(value)) return value;
      // "2026-02-30" is not a day (Date would read it as March 2).
      const date = typeof value === "string" && !/^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value) : value;
      if (date instanceof Date && !Number.isNaN(date.getTime())) return date;
      ctx.addIssue({ code: "custom", message: `Enter a valid ${label.toLowerCase()} date`, input: value });
      return z.NEVER;
    });

/**
 * Timeline filters and the page to read: types, a created-at range (inclusive: whole days in the organization's
 * time zone, or instants), an opaque cursor.
 */
export const activityListSchema = z.object({
  types: z.array(z.enum(activityTypes, { error: "Unknown activity type" })).optional(),
  from: rangeBound("From"),
  to: rangeBound("To"),
  cursor: textSchema("Cursor").max(200).nullish(),
  limit: z.coerce
    .number({ error: "Limit must be a number" })
    .int("Limit must be a whole number")
    .min(1, "Limit must be at least 1")
    .max(activityPageSizes.max, `Limit must be at most ${activityPageSizes.max}`)
    .default(activityPageSizes.default),
});
export type ActivityListInput = z.input<typeof activityListSchema>;

/** REST query string → list input: `type` may repeat or be comma-separated; the schema checks each. */
export function activityListInputFromSearchParams(params: URLSearchParams): ActivityListInput {
  const types = params
    .getAll("type")
    .flatMap((value) => value.split(","))
    .filter(Boolean);
  return {
    // Unknown names are reported by the schema, so they are passed through as given.
    types: types.length > 0 ? (types as ActivityTypeName[]) : undefined,
    from: params.get("from"),
    to: params.get("to"),
    cursor: params.get("cursor"),
    limit: params.get("limit") ?? undefined,
  };
}
