// Saving display preferences: a user's own choice (validated, canonical), the browser's report on first
// sign-in (only what is unset, only what is valid) and the organization's defaults (admins).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { adoptBrowserDisplayPrefs, updateMyDisplayPrefs, updateOrgDisplayDefaults } from "@/lib/preferences/mutations";
import { getDisplayPrefs, getOrgDisplayDefaults } from "@/lib/preferences/queries";
import { ctxFor, fieldErrorsOf, makeOrg, makeOrgWithRoles, makeUser, rejectionOf } from "@/tests/factories";

const stored = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { timeZone: true, locale: true } });

describe("updateMyDisplayPrefs", () => {
  it("saves the zone and locale in their canonical spelling", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, "viewer");
    const saved = await updateMyDisplayPrefs(ctxFor(org.id, user.id, "viewer"), {
      timeZone: "america/chicago",
      locale: "de-de",
    });
    expect(saved).toEqual({ timeZone: "America/Chicago", locale: "de-DE" });
    expect(await stored(user.id)).toEqual(saved);
  });

  it("refuses an unknown zone or locale with a message on the field, saving nothing", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, "staff", { timeZone: "Europe/Berlin", locale: "de-DE" });
    const ctx = ctxFor(org.id, user.id, "staff");
    const errors = await fieldErrorsOf(updateMyDisplayPrefs(ctx, { timeZone: "Central Time", locale: "en-US" }));
    expect(errors.timeZone).toEqual([
      '"Central Time" is not a time zone. Use an IANA name such as America/Chicago or Europe/Berlin.',
    ]);
    expect(
      (await fieldErrorsOf(updateMyDisplayPrefs(ctx, { timeZone: "UTC", locale: "xx-YY-u-nu-thai" }))).locale,
    ).toHaveLength(1);
    expect(await stored(user.id)).toEqual({ timeZone: "Europe/Berlin", locale: "de-DE" });
  });

  it("is refused to an API key", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, "admin");
    const { code } = await rejectionOf(
      updateMyDisplayPrefs(
        { orgId: org.id, userId: user.id, role: "admin", actor: "apiKey" },
        {
          timeZone: "UTC",
          locale: "en-US",
        },
      ),
    );
    expect(code).toBe("FORBIDDEN");
  });
});

describe("adoptBrowserDisplayPrefs", () => {
  it("takes the browser's zone and language once, and never over a choice", async () => {
    const org = await makeOrg({ defaultTimeZone: "America/New_York" });
    const user = await makeUser(org.id);
    const ctx = ctxFor(org.id, user.id, "staff");
    expect(await adoptBrowserDisplayPrefs(ctx, { timeZone: "Europe/Berlin", locale: "de-DE" })).toEqual({
      timeZone: "Europe/Berlin",
      locale: "de-DE",
    });
    // Another browser later (a laptop abroad) changes nothing: the first report became the user's own.
    expect(await adoptBrowserDisplayPrefs(ctx, { timeZone: "Asia/Tokyo", locale: "ja-JP" })).toEqual({
      timeZone: "Europe/Berlin",
      locale: "de-DE",
    });
    await updateMyDisplayPrefs(ctx, { timeZone: "America/Chicago", locale: "en-US" });
    await adoptBrowserDisplayPrefs(ctx, { timeZone: "Europe/Berlin", locale: "de-DE" });
    expect(await stored(user.id)).toEqual({ timeZone: "America/Chicago", locale: "en-US" });
  });

  it("keeps only the valid part of a report; the rest stays the organization's", async () => {
    const org = await makeOrg({ defaultTimeZone: "Europe/Vienna", defaultLocale: "de-AT" });
    const user = await makeUser(org.id);
    const ctx = ctxFor(org.id, user.id, "staff");
    expect(await adoptBrowserDisplayPrefs(ctx, { timeZone: "Not/AZone", locale: "en-GB" })).toEqual({
      timeZone: "Europe/Vienna",
      locale: "en-GB",
    });
    expect(await stored(user.id)).toEqual({ timeZone: null, locale: "en-GB" });
    // The zone is still open: the next valid report fills it.
    await adoptBrowserDisplayPrefs(ctx, { timeZone: "Europe/London", locale: "fr-FR" });
    expect(await stored(user.id)).toEqual({ timeZone: "Europe/London", locale: "en-GB" });
  });

  it("changes only the acting user", async () => {
    const org = await makeOrg();
    const [me, other] = await Promise.all([makeUser(org.id), makeUser(org.id)]);
    await adoptBrowserDisplayPrefs(ctxFor(org.id, me.id, "staff"), { timeZone: "Asia/Tokyo", locale: "en-US" });
    expect(await stored(other.id)).toEqual({ timeZone: null, locale: null });
  });
});

describe("updateOrgDisplayDefaults", () => {
  it("lets admins set the defaults members without a choice see", async () => {
    const { org, admin, staff } = await makeOrgWithRoles();
    expect(await updateOrgDisplayDefaults(admin, { timeZone: "Europe/Berlin", locale: "de-de" })).toEqual({
      timeZone: "Europe/Berlin",
      locale: "de-DE",
    });
    expect(await getOrgDisplayDefaults({ orgId: org.id })).toEqual({ timeZone: "Europe/Berlin", locale: "de-DE" });
    expect(await getDisplayPrefs(staff)).toEqual({ timeZone: "Europe/Berlin", locale: "de-DE" });
  });

  it("is refused to managers and below, and refuses a bad zone", async () => {
    const { admin, manager } = await makeOrgWithRoles();
    expect((await rejectionOf(updateOrgDisplayDefaults(manager, { timeZone: "UTC", locale: "en-US" }))).code).toBe(
      "FORBIDDEN",
    );
    expect(
      (await fieldErrorsOf(updateOrgDisplayDefaults(admin, { timeZone: "+01:00", locale: "en-US" }))).timeZone,
    ).toHaveLength(1);
  });
});
