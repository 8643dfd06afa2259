import "server-only";
// Display preference writes: a user's own time zone and locale (settings, or their browser's on first
// sign-in) and the organization's defaults (admins).
import { assertCan, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import {
  browserDisplayPrefsSchema,
  canonicalLocale,
  canonicalTimeZone,
  displayPrefsSchema,
  type DisplayPrefs,
} from "@/lib/display-prefs";
import { forbidden } from "@/lib/errors";
import { resolveDisplayPrefs } from "@/lib/preferences/queries";
import { parseWith } from "@/lib/validation";

function requireUser(ctx: Ctx): string {
  if (ctx.actor !== "user" || !ctx.userId) throw forbidden("Display preferences belong to a signed-in user.");
  return ctx.userId;
}

/** Saves the acting user's chosen time zone and locale. */
export async function updateMyDisplayPrefs(ctx: Ctx, input: unknown): Promise<DisplayPrefs> {
  const userId = requireUser(ctx);
  const prefs = parseWith(displayPrefsSchema, input);
  await db.user.update({ where: { id: userId }, data: prefs, select: { id: true } });
  return prefs;
}

/**
 * Takes the zone and language the browser reports as the user's own, each only while the user has none
 * (a choice made in the settings always wins) and only when valid. Returns the prefs the user now sees.
 */
export async function adoptBrowserDisplayPrefs(ctx: Ctx, input: unknown): Promise<DisplayPrefs> {
  const userId = requireUser(ctx);
  const reported = parseWith(browserDisplayPrefsSchema, input);
  const timeZone = canonicalTimeZone(reported.timeZone);
  const locale = canonicalLocale(reported.locale);
  // One statement that fills only what is unset: a concurrent choice in the settings is never overwritten.
  await db.$executeRaw`
    UPDATE "user" SET time_zone = COALESCE(time_zone, ${timeZone}), locale = COALESCE(locale, ${locale})
    WHERE id = ${userId} AND (time_zone IS NULL OR locale IS NULL)`;
  const [user, org] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { timeZone: true, locale: true } }),
    db.organization.findUnique({ where: { id: ctx.orgId }, select: { defaultTimeZone: true, defaultLocale: true } }),
  ]);
  return resolveDisplayPrefs(user, org);
}

/** The organization's default time zone and locale (members who chose none; documents the server writes). */
export async function updateOrgDisplayDefaults(ctx: Ctx, input: unknown): Promise<DisplayPrefs> {
  assertCan(ctx, "organization:manage");
  const { timeZone, locale } = parseWith(displayPrefsSchema, input);
  await db.organization.update({
    where: { id: ctx.orgId },
    data: { defaultTimeZone: timeZone, defaultLocale: locale },
    select: { id: true },
  });
  return { timeZone, locale };
}
