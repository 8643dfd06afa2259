// Display preferences: the user's own zone and locale, else the organization's defaults, else en-US/UTC,
// field by field; API keys read the organization's.
import { describe, expect, it } from "vitest";
import { getDisplayPrefs, getDisplayPrefsState, resolveDisplayPrefs } from "@/lib/preferences/queries";
import { ctxFor, makeOrg, makeUser } from "@/tests/factories";

describe("getDisplayPrefs", () => {
  it("uses the user's own zone and locale over the organization's", async () => {
    const org = await makeOrg({ defaultTimeZone: "Europe/Berlin", defaultLocale: "de-DE" });
    const user = await makeUser(org.id, "staff", { timeZone: "America/Chicago", locale: "en-US" });
    const ctx = ctxFor(org.id, user.id, "staff");
    expect(await getDisplayPrefs(ctx)).toEqual({ timeZone: "America/Chicago", locale: "en-US" });
    expect((await getDisplayPrefsState(ctx)).chosen).toEqual({ timeZone: true, locale: true });
  });

  it("falls back to the organization's default for what the user has not chosen", async () => {
    const org = await makeOrg({ defaultTimeZone: "Europe/Berlin", defaultLocale: "de-DE" });
    const user = await makeUser(org.id, "staff", { timeZone: "America/Chicago" });
    const ctx = ctxFor(org.id, user.id, "staff");
    expect(await getDisplayPrefs(ctx)).toEqual({ timeZone: "America/Chicago", locale: "de-DE" });
    expect((await getDisplayPrefsState(ctx)).chosen).toEqual({ timeZone: true, locale: false });
  });

  it("is en-US and UTC for a new organization and user", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id);
    expect(await getDisplayPrefs(ctxFor(org.id, user.id, "staff"))).toEqual({ timeZone: "UTC", locale: "en-US" });
  });

  it("gives an API key the organization's defaults, not its creator's", async () => {
    const org = await makeOrg({ defaultTimeZone: "America/New_York", defaultLocale: "en-US" });
    const user = await makeUser(org.id, "admin", { timeZone: "Asia/Tokyo", locale: "ja-JP" });
    const prefs = await getDisplayPrefs({ orgId: org.id, userId: user.id, actor: "apiKey" });
    expect(prefs).toEqual({ timeZone: "America/New_York", locale: "en-US" });
  });
});

describe("resolveDisplayPrefs", () => {
  it("skips a stored value the runtime cannot use instead of failing the page", () => {
    expect(
      resolveDisplayPrefs(
        { timeZone: "Atlantis/Capital", locale: "not a locale" },
        { defaultTimeZone: "Europe/Berlin", defaultLocale: "de-DE" },
      ),
    ).toEqual({ timeZone: "Europe/Berlin", locale: "de-DE" });
    expect(resolveDisplayPrefs(null, { defaultTimeZone: "Nowhere", defaultLocale: "" })).toEqual({
      timeZone: "UTC",
      locale: "en-US",
    });
  });
});
