// lib/display-prefs: time zones and locales are checked and stored in their canonical spelling; anything
// else is refused with a message that says what to use.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { canonicalLocale, canonicalTimeZone, displayPrefsSchema, listTimeZones } from "@/lib/display-prefs";

describe("time zones", () => {
  it.each([
    ["America/Chicago", "America/Chicago"],
    ["america/chicago", "America/Chicago"],
    ["US/Central", "America/Chicago"],
    ["Etc/UTC", "UTC"],
    [" Europe/Berlin ", "Europe/Berlin"],
  ])("%s is %s", (input, zone) => {
    expect(canonicalTimeZone(input)).toBe(zone);
  });

  it.each(["", "Mars/Olympus_Mons", "+02:00", "-0500", "UTC+2", "GMT-5", "Europe/Berlin; DROP TABLE"])(
    "refuses %j",
    (input) => {
      expect(canonicalTimeZone(input)).toBeNull();
    },
  );

  it("lists UTC first, then every zone the runtime knows, each one accepted", () => {
    const zones = listTimeZones();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("America/Chicago");
    expect(zones).toContain("Europe/Berlin");
    expect(new Set(zones).size).toBe(zones.length);
    for (const zone of zones) expect(canonicalTimeZone(zone)).not.toBeNull();
  });
});

describe("locales", () => {
  it.each([
    ["de-DE", "de-DE"],
    ["de-de", "de-DE"],
    ["EN-us", "en-US"],
    ["en", "en"],
    ["es-419", "es-419"],
    ["zh-Hant-TW", "zh-Hant-TW"],
  ])("%s is %s", (input, locale) => {
    expect(canonicalLocale(input)).toBe(locale);
  });

  it.each(["", "english", "de_DE", "en-US-u-ca-buddhist", "x-private", "en-US-x-twain"])("refuses %j", (input) => {
    expect(canonicalLocale(input)).toBeNull();
  });
});

describe("displayPrefsSchema", () => {
  it("parses to the canonical spelling", () => {
    expect(displayPrefsSchema.parse({ timeZone: "europe/berlin", locale: "de-de" })).toEqual({
      timeZone: "Europe/Berlin",
      locale: "de-DE",
    });
  });

  it("refuses a bad zone and locale with clear messages on their fields", () => {
    const result = displayPrefsSchema.safeParse({ timeZone: "Central Time", locale: "klingon" });
    expect(result.success).toBe(false);
    const errors = z.flattenError(result.error!).fieldErrors;
    expect(errors.timeZone).toEqual([
      '"Central Time" is not a time zone. Use an IANA name such as America/Chicago or Europe/Berlin.',
    ]);
    expect(errors.locale).toEqual([
      '"klingon" is not a supported locale. Use a language and region such as en-US or de-DE.',
    ]);
  });
});
