import "server-only";
// The organization's privacy settings (Settings → Privacy): retention periods the nightly job applies and the
// work-order legal hold erasure reads. Any member's context may read them; owners and admins change them.
import { assertCan, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { privacySettingsSchema, type PrivacySettings } from "@/lib/privacy/settings-schema";
import { parseWith } from "@/lib/validation";

const select = {
  retentionArchivedCustomerMonths: true,
  retentionActivityMonths: true,
  retentionImportDays: true,
  workOrderLegalHold: true,
} as const;

/** The organization's privacy settings as stored. */
export async function getPrivacySettings(ctx: Pick<Ctx, "orgId">): Promise<PrivacySettings> {
  const org = await db.organization.findUnique({ where: { id: ctx.orgId }, select });
  if (!org) throw notFound("Organization");
  return org;
}

/** Replaces the privacy settings (every field; owners and admins). Returns what is now stored. */
export async function updatePrivacySettings(ctx: Ctx, input: unknown): Promise<PrivacySettings> {
  assertCan(ctx, "organization:manage");
  const settings = parseWith(privacySettingsSchema, input);
  return db.organization.update({ where: { id: ctx.orgId }, data: settings, select });
}
