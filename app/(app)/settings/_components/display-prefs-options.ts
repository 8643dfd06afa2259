// The pickers' options, built on the server (its zone list and offsets) and sent to the form as text.
import "server-only";
import { listTimeZones, localeOptions, timeZoneLabel } from "@/lib/display-prefs";

export function displayPrefsOptions(currentLocale: string, now: Date) {
  return {
    zones: listTimeZones().map((zone) => ({ value: zone, label: timeZoneLabel(zone, now) })),
    locales: localeOptions(currentLocale),
  };
}
