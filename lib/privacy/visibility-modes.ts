// The visibility modes an organization chooses from (Settings → Privacy) and the inputs of sharing a customer,
// as the forms and the server parse them. No server imports.
import { z } from "zod";

export const visibilityModes = ["everyone", "own_and_shared"] as const;
export type VisibilityMode = (typeof visibilityModes)[number];

export const visibilityModeLabels: Record<VisibilityMode, { label: string; description: string }> = {
  everyone: {
    label: "Everyone in the organization sees every customer",
    description: "Every member sees every customer's full details.",
  },
  own_and_shared: {
    label: "Staff see their own customers and those shared with them",
    description:
      "Staff and viewers see other customers with limited details: name, account number, city and status. Managers, admins and owners see everything.",
  },
};

export const visibilitySettingsSchema = z.object({
  visibilityMode: z.enum(visibilityModes, { error: "Choose who sees every customer's details" }),
});
export type VisibilitySettings = z.infer<typeof visibilitySettingsSchema>;

/** Sharing a customer: with exactly one member or service center, until an optional day (inclusive). */
export const customerShareInputSchema = z
  .object({
    userId: z.string().trim().min(1).nullish(),
    serviceCenterId: z.uuid({ error: "Choose a service center" }).nullish(),
    expiresOn: z.union([z.iso.date({ error: "Expiry must be a date (YYYY-MM-DD)" }), z.literal("")]).nullish(),
  })
  .refine((input) => Boolean(input.userId) !== Boolean(input.serviceCenterId), {
    message: "Share with either a member or a service center",
    path: ["userId"],
  });
