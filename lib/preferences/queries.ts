import "server-only";
// The display preferences a request renders with: the user's own zone and locale, else the organization's
// defaults, else en-US/UTC. Read once per request (React cache) by the app layout and any page that formats.
import { cache } from "react";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { canonicalLocale, canonicalTimeZone, defaultDisplayPrefs, type DisplayPrefs } from "@/lib/display-prefs";

export interface DisplayPrefsState extends DisplayPrefs {
  /** Whether the user has a zone and a locale of their own (chosen, or reported by their browser once). */
  chosen: { timeZone: boolean; locale: boolean };
}

/** user > organization > en-US/UTC, field by field; a stored value the runtime cannot use is skipped. */
export function resolveDisplayPrefs(
  user: { timeZone: string | null; locale: string | null } | null,
  org: { defaultTimeZone: string; defaultLocale: string } | null,
): DisplayPrefs {
  const zone = (value: string | null | undefined) => (value ? canonicalTimeZone(value) : null);
  const locale = (value: string | null | undefined) => (value ? canonicalLocale(value) : null);
  return {
    timeZone: zone(user?.timeZone) ?? zone(org?.defaultTimeZone) ?? defaultDisplayPrefs.timeZone,
    locale: locale(user?.locale) ?? locale(org?.defaultLocale) ?? defaultDisplayPrefs.locale,
  };
}

const loadDisplayPrefs = cache(async (orgId: string, userId: string | null): Promise<DisplayPrefsState> => {
  const [user, org] = await Promise.all([
    userId ? db.user.findUnique({ where: { id: userId }, select: { timeZone: true, locale: true } }) : null,
    db.organization.findUnique({ where: { id: orgId }, select: { defaultTimeZone: true, defaultLocale: true } }),
  ]);
  return {
    ...resolveDisplayPrefs(user, org),
    chosen: { timeZone: Boolean(user?.timeZone), locale: Boolean(user?.locale) },
  };
});

/** The acting user's display preferences with whether they chose them; cached per request. */
export function getDisplayPrefsState(ctx: Pick<Ctx, "orgId" | "userId" | "actor">): Promise<DisplayPrefsState> {
  return loadDisplayPrefs(ctx.orgId, ctx.actor === "user" ? ctx.userId : null);
}

/** The acting user's display preferences (an API key: the organization's); cached per request. */
export async function getDisplayPrefs(ctx: Pick<Ctx, "orgId" | "userId" | "actor">): Promise<DisplayPrefs> {
  const { timeZone, locale } = await getDisplayPrefsState(ctx);
  return { timeZone, locale };
}

/** This request's render time: server components and the browser's hydration count relative times from it. */
export const getRenderTime = cache((): number => Date.now());

/** The organization's default time zone and locale as stored (Settings → Organization). */
export async function getOrgDisplayDefaults(ctx: Pick<Ctx, "orgId">): Promise<DisplayPrefs> {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: ctx.orgId },
    select: { defaultTimeZone: true, defaultLocale: true },
  });
  return resolveDisplayPrefs(null, org);
}
