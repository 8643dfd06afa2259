// Notification input: which to mark read, and the preferences form (no server imports).
import { z } from "zod";
import { notificationKinds } from "@/lib/notifications/kinds";

export const markReadSchema = z.union([
  z.object({ all: z.literal(true) }),
  z.object({
    ids: z
      .array(z.uuid({ error: "Unknown notification" }))
      .min(1)
      .max(100),
  }),
]);

const channels = z.object({ inApp: z.boolean(), email: z.boolean() });

export const notificationPreferencesSchema = z.object(
  Object.fromEntries(notificationKinds.map((kind) => [kind, channels])) as Record<
    (typeof notificationKinds)[number],
    typeof channels
  >,
);
export type NotificationPreferencesInput = z.input<typeof notificationPreferencesSchema>;
