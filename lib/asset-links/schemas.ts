// Asset–customer link validation shared by the link dialogs and the server (no server imports).
import { z } from "zod";
import { textSchema } from "@/lib/validation";
import { parseCalendarDate } from "@/lib/fields/calendar-date";
import { assetLinkStatuses, assetRelationships } from "@/lib/asset-links/options";

export const linkLimits = { notes: 500 } as const;

const relationship = z.enum(assetRelationships, { error: "Choose a relationship" });
const status = z.enum(assetLinkStatuses, { error: "Choose current, former or prospective" });

/** "YYYY-MM-DD" (a date input) or a Date; empty means not set. Stored as a calendar date at UTC midnight. */
const since = z
  .union([textSchema("Since").trim(), z.date()], { error: "Enter a date as YYYY-MM-DD" })
  .nullish()
  .transform((value, ctx) => {
    if (value == null || value === "") return null;
    const date = typeof value === "string" ? parseCalendarDate(value) : value;
    if (date && !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1900 && date.getUTCFullYear() <= 2100) {
      return date;
    }
    ctx.addIssue({ code: "custom", message: "Enter a valid date as YYYY-MM-DD", input: value });
    return z.NEVER;
  });

const notes = textSchema("Notes")
  .trim()
  .max(linkLimits.notes, `Notes must be at most ${linkLimits.notes} characters`)
  .nullish()
  .transform((value) => value || null);

const id = (message: string) => textSchema("The id", message).trim().min(1, message);

const makePrimary = z.boolean({ error: "Make primary must be true or false" });

/** The editable fields of a link, every one optional (PATCH, the edit dialog); `makePrimary: true` also makes it primary. */
export const linkUpdateSchema = z.object({
  relationship: relationship.optional(),
  status: status.optional(),
  since: since.optional(),
  notes: notes.optional(),
  makePrimary: makePrimary.optional(),
});
export type LinkUpdateInput = z.input<typeof linkUpdateSchema>;

/** Linking a customer to an asset; relationship defaults to owner and status to current. */
export const linkCustomerSchema = z.object({
  assetId: id("Choose an aircraft or vehicle"),
  customerId: id("Choose a customer"),
  relationship: relationship.default("owner"),
  status: status.default("current"),
  since,
  notes,
  makePrimary: makePrimary.default(false),
});
export type LinkCustomerInput = z.input<typeof linkCustomerSchema>;

/** An existing link, named by id (set primary, unlink). */
export const linkIdSchema = z.object({ linkId: id("Choose a link") });
