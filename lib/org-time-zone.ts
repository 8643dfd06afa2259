import "server-only";
// The organization's time zone: the one its calendar days and months ("New this month", date-range filters)
// start and end in, whoever looks — so two members in different zones see the same counts and lists.
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { canonicalTimeZone, defaultDisplayPrefs } from "@/lib/display-prefs";
import { dayKey } from "@/lib/format";

/** The organization's default time zone (UTC when unusable): one primary-key read. */
export async function getOrgTimeZone(ctx: Pick<Ctx, "orgId">): Promise<string> {
  const org = await db.organization.findUnique({ where: { id: ctx.orgId }, select: { defaultTimeZone: true } });
  return (org && canonicalTimeZone(org.defaultTimeZone)) ?? defaultDisplayPrefs.timeZone;
}

/** The organization's calendar day now (`YYYY-MM-DD`): what "overdue" and "today" mean for its records. */
export async function getOrgToday(ctx: Pick<Ctx, "orgId">, now: Date = new Date()): Promise<string> {
  return dayKey(now, { timeZone: await getOrgTimeZone(ctx) });
}
