import "server-only";
// The organization's time zone: the one its calendar days and months ("New this month", date-range filters)
// start and end in, whoever looks — so two members in different zones see the same counts and lists.
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { canonicalTimeZone, defaultDisplayPrefs } from "@/lib/display-prefs";

/** The organization's default time zone (UTC when unusable): one primary-key read. */
export async function getOrgTimeZone(ctx: Pick<Ctx, "orgId">): Promise<string> {
  const org = await db.organization.findUnique({ where: { id: ctx.orgId }, select: { defaultTimeZone: true } });
  return (org && canonicalTimeZone(org.defaultTimeZone)) ?? defaultDisplayPrefs.timeZone;
}
