"use server";
// Notification server actions (the inbox and Settings → Notifications): builder → mutation → revalidate
// the layout, whose header shows the unread count.
import { revalidatePath } from "next/cache";
import { action, passThrough } from "@/lib/safe-action";
import { markNotificationsRead, saveNotificationPreferences } from "@/lib/notifications/mutations";
import { markReadSchema, notificationPreferencesSchema } from "@/lib/notifications/schemas";

export const markNotificationsReadAction = action(passThrough(markReadSchema), async (input, ctx) => {
  const count = await markNotificationsRead(ctx, input);
  revalidatePath("/", "layout");
  return { count };
});

export const saveNotificationPreferencesAction = action(
  passThrough(notificationPreferencesSchema),
  async (input, ctx) => {
    await saveNotificationPreferences(ctx, input);
    revalidatePath("/settings/notifications");
    return { saved: true };
  },
);
