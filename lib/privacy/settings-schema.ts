// Settings → Privacy: the organization's retention periods and legal hold, as the form and the server parse
// them (numbers from the API, text from the form; an empty period means "keep forever"). No server imports.
import { z } from "zod";

const retentionLimits = { maxMonths: 1200, maxImportDays: 3650 } as const;

/** A whole number in [1, max] from the API or the form's text; empty or missing → null. */
function periodSchema(message: string, max: number) {
  return z
    .union([z.number(), z.string()], { error: message })
    .nullish()
    .transform((value, ctx): number | null => {
      const text = typeof value === "string" ? value.trim() : value;
      if (text == null || text === "") return null;
      const count = typeof text === "number" ? text : /^\d+$/.test(text) ? Number(text) : NaN;
      if (Number.isInteger(count) && count >= 1 && count <= max) return count;
      ctx.addIssue({ code: "custom", message, input: value });
      return z.NEVER;
    });
}

const monthsMessage = (what: string) =>
  `${what} must be a whole number of months from 1 to ${retentionLimits.maxMonths}, or empty to keep them forever`;
const importDaysMessage = `Import files must be kept a whole number of days from 1 to ${retentionLimits.maxImportDays}`;

export const privacySettingsSchema = z.object({
  retentionArchivedCustomerMonths: periodSchema(monthsMessage("Archived customers"), retentionLimits.maxMonths),
  retentionActivityMonths: periodSchema(monthsMessage("Hand-logged activity"), retentionLimits.maxMonths),
  retentionImportDays: periodSchema(importDaysMessage, retentionLimits.maxImportDays).transform((days, ctx) => {
    if (days !== null) return days;
    ctx.addIssue({ code: "custom", message: importDaysMessage, input: days });
    return z.NEVER;
  }),
  workOrderLegalHold: z.boolean({ error: "Legal hold must be true or false" }),
});

export type PrivacySettingsInput = z.input<typeof privacySettingsSchema>;
export type PrivacySettings = z.output<typeof privacySettingsSchema>;

/** What a new organization starts with: nothing erased or deleted automatically, imports purged after 30 days. */
export const defaultPrivacySettings: PrivacySettings = {
  retentionArchivedCustomerMonths: null,
  retentionActivityMonths: null,
  retentionImportDays: 30,
  workOrderLegalHold: false,
};
