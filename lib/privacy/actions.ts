"use server";
// Privacy settings server actions: builder → mutation → revalidate.
import { revalidatePath } from "next/cache";
import { privacySettingsSchema } from "@/lib/privacy/settings-schema";
import { updatePrivacySettings, updateVisibilitySettings } from "@/lib/privacy/settings";
import { visibilitySettingsSchema } from "@/lib/privacy/visibility-modes";
import { action, passThrough } from "@/lib/safe-action";

export const updatePrivacySettingsAction = action(passThrough(privacySettingsSchema), async (input, ctx) => {
  const settings = await updatePrivacySettings(ctx, input);
  revalidatePath("/settings/privacy");
  return settings;
});

export const updateVisibilitySettingsAction = action(passThrough(visibilitySettingsSchema), async (input, ctx) => {
  const settings = await updateVisibilitySettings(ctx, input);
  revalidatePath("/", "layout");
  return settings;
});
