"use server";
// Display preference server actions: builder → mutation → revalidate (every page shows times).
import { revalidatePath } from "next/cache";
import { browserDisplayPrefsSchema, displayPrefsSchema } from "@/lib/display-prefs";
import { adoptBrowserDisplayPrefs, updateMyDisplayPrefs, updateOrgDisplayDefaults } from "@/lib/preferences/mutations";
import { action, passThrough } from "@/lib/safe-action";

export const updateMyDisplayPrefsAction = action(passThrough(displayPrefsSchema), async (input, ctx) => {
  const prefs = await updateMyDisplayPrefs(ctx, input);
  revalidatePath("/", "layout");
  return prefs;
});

/** Called once by the browser while the user has no zone or locale of their own (components/…-reporter). */
export const adoptBrowserDisplayPrefsAction = action(passThrough(browserDisplayPrefsSchema), async (input, ctx) =>
  adoptBrowserDisplayPrefs(ctx, input),
);

export const updateOrgDisplayDefaultsAction = action(passThrough(displayPrefsSchema), async (input, ctx) => {
  const prefs = await updateOrgDisplayDefaults(ctx, input);
  revalidatePath("/", "layout");
  return prefs;
});
