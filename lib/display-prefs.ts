// How times and numbers are shown to one person: a time zone (IANA) and a locale (BCP 47). The user's own
// choice, else the organization's default, else en-US/UTC (server: lib/display-prefs-server.ts; client:
// components/display-prefs.tsx; formatters: lib/format.ts). No server imports: forms and the browser use it.
import { z } from "zod";

export interface DisplayPrefs {
  locale: string;
  timeZone: string;
}

const DEFAULT_LOCALE = "en-US";
const DEFAULT_TIME_ZONE = "UTC";
export const defaultDisplayPrefs: DisplayPrefs = { locale: DEFAULT_LOCALE, timeZone: DEFAULT_TIME_ZONE };

/** The locales offered in the settings (any other valid one a browser reports is kept as well). */
const offeredLocales = [
  { value: "en-US", label: "English (United States)" },
  { value: "en-GB", label: "English (United Kingdom)" },
  { value: "en-CA", label: "English (Canada)" },
  { value: "en-IE", label: "English (Ireland)" },
  { value: "de-DE", label: "Deutsch (Deutschland)" },
  { value: "de-AT", label: "Deutsch (Österreich)" },
  { value: "de-CH", label: "Deutsch (Schweiz)" },
  { value: "fr-FR", label: "Français (France)" },
  { value: "fr-CA", label: "Français (Canada)" },
  { value: "es-ES", label: "Español (España)" },
  { value: "es-MX", label: "Español (México)" },
  { value: "it-IT", label: "Italiano (Italia)" },
  { value: "nl-NL", label: "Nederlands (Nederland)" },
  { value: "pl-PL", label: "Polski (Polska)" },
  { value: "pt-PT", label: "Português (Portugal)" },
  { value: "pt-BR", label: "Português (Brasil)" },
  { value: "sv-SE", label: "Svenska (Sverige)" },
] as const;

const offsetZone = /^[+\-\u2212]|^(GMT|UTC)[+-]/i;

/** The canonical name of an IANA time zone ("america/chicago" → "America/Chicago", "Etc/UTC" → "UTC"), or null. */
export function canonicalTimeZone(value: string): string | null {
  const trimmed = value.trim();
  // Fixed offsets ("+02:00") ignore daylight saving time: a person lives in a zone, not an offset.
  if (trimmed === "" || offsetZone.test(trimmed)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Every time zone the runtime knows, for a picker (UTC first). Call on the server: browsers' lists differ. */
export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC");
  return [DEFAULT_TIME_ZONE, ...zones];
}

/** A zone as a picker shows it at `now`: "America/Chicago (GMT-06:00)"; built on the server, sent as text. */
export function timeZoneLabel(zone: string, now: Date): string {
  const offset = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(now)
    .find((part) => part.type === "timeZoneName")?.value;
  return `${zone.replaceAll("_", " ")} (${offset ?? zone})`;
}

/** The locales a picker offers: the short list, plus `current` when it is another one (a browser's report). */
export function localeOptions(current: string): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = [...offeredLocales];
  if (!options.some((option) => option.value === current)) options.unshift({ value: current, label: current });
  return options;
}

const plainLocale = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

/**
 * The canonical form of a BCP 47 locale with a language and optionally a script and region ("de-de" →
 * "de-DE", "en" → "en"), or null when it is malformed, unsupported, or carries extensions (calendars,
 * numbering systems: dates must read as the rest of the app).
 */
export function canonicalLocale(value: string): string | null {
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(value.trim());
  } catch {
    return null;
  }
  if (!canonical || !plainLocale.test(canonical)) return null;
  return Intl.DateTimeFormat.supportedLocalesOf([canonical]).length > 0 ? canonical : null;
}

const timeZoneSchema = z
  .string()
  .max(64)
  .transform((value, context) => {
    const zone = canonicalTimeZone(value);
    if (zone) return zone;
    context.addIssue({
      code: "custom",
      message: `"${value.slice(0, 64)}" is not a time zone. Use an IANA name such as America/Chicago or Europe/Berlin.`,
    });
    return z.NEVER;
  });

const localeSchema = z
  .string()
  .max(35)
  .transform((value, context) => {
    const locale = canonicalLocale(value);
    if (locale) return locale;
    context.addIssue({
      code: "custom",
      message: `"${value.slice(0, 35)}" is not a supported locale. Use a language and region such as en-US or de-DE.`,
    });
    return z.NEVER;
  });

export const displayPrefsSchema = z.object({ timeZone: timeZoneSchema, locale: localeSchema });
export type DisplayPrefsInput = z.input<typeof displayPrefsSchema>;

/** What a browser reports on first sign-in; each part is kept only when valid (the rest stays unset). */
export const browserDisplayPrefsSchema = z.object({ timeZone: z.string().max(64), locale: z.string().max(35) });
