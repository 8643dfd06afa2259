// Settings → Preferences: every member's own time zone and date format (first taken from their browser).
import type { Metadata } from "next";
import { requireCtx } from "@/lib/auth/session";
import { updateMyDisplayPrefsAction } from "@/lib/preferences/actions";
import { getDisplayPrefsState, getRenderTime } from "@/lib/preferences/queries";
import { DisplayPrefsForm } from "../_components/display-prefs-form";
import { displayPrefsOptions } from "../_components/display-prefs-options";

export const metadata: Metadata = { title: "Preferences" };

export default async function PreferencesPage() {
  const ctx = await requireCtx();
  const { timeZone, locale } = await getDisplayPrefsState(ctx);
  const { zones, locales } = displayPrefsOptions(locale, new Date(getRenderTime()));

  return (
    <section aria-labelledby="preferences-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="preferences-heading" className="text-lg font-semibold">
          Your preferences
        </h2>
        <p className="text-sm text-muted-foreground">
          How dates and times are shown to you, in every organization you belong to.
        </p>
      </div>
      {/* Keyed: a refresh with other saved prefs (the browser's first report) starts the form over. */}
      <DisplayPrefsForm
        key={`${timeZone} ${locale}`}
        initial={{ timeZone, locale }}
        zones={zones}
        locales={locales}
        save={updateMyDisplayPrefsAction}
        zoneDescription="Every time in the app is shown in this zone. Due dates stay on their day."
        localeDescription="The language and region whose way of writing dates and numbers you read."
      />
    </section>
  );
}
