import "server-only";
// The organization's privacy settings (Settings → Privacy): retention periods the nightly job applies, the
// work-order legal hold erasure reads, and the visibility mode. Any member's context may read them; owners and admins change them.
import { assertCan, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { privacySettingsSchema, type PrivacySettings } from "@/lib/privacy/settings-schema";
import { parseWith } from "@/lib/validation";
import { visibilitySettingsSchema, type VisibilitySettings } from "@/lib/privacy/visibility-modes";

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

/** Who sees every customer's full details (lib/privacy/visibility.ts); owners and admins change it. */
export async function updateVisibilitySettings(ctx: Ctx, input: unknown): Promise<VisibilitySettings> {
  assertCan(ctx, "organization:manage");
  const { visibilityMode } = parseWith(visibilitySettingsSchema, input);
  return db.organization.update({
    where: { id: ctx.orgId },
    data: { visibilityMode },
    select: { visibilityMode: true },
  });
}
