import "server-only";
// Notification writes by the member themselves: marking read, and their preferences. Like the reads,
// every write is scoped to ctx's organization and user.
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { parseWith } from "@/lib/validation";
import { notificationKinds } from "@/lib/notifications/kinds";
import { inboxUserOf } from "@/lib/notifications/queries";
import { markReadSchema, notificationPreferencesSchema } from "@/lib/notifications/schemas";

/** Marks the given notifications (or all) read; returns how many changed. Others' ids change nothing. */
export async function markNotificationsRead(ctx: Ctx, input: unknown): Promise<number> {
  const userId = inboxUserOf(ctx);
  const parsed = parseWith(markReadSchema, input);
  const { count } = await db.notification.updateMany({
    where: {
      organizationId: ctx.orgId,
      userId,
      readAt: null,
      ...("ids" in parsed ? { id: { in: parsed.ids } } : {}),
    },
    data: { readAt: new Date() },
  });
  return count;
}

export async function saveNotificationPreferences(ctx: Ctx, input: unknown): Promise<void> {
  const userId = inboxUserOf(ctx);
  const parsed = parseWith(notificationPreferencesSchema, input);
  await db.$transaction(async (tx) => {
    await tx.notificationPreference.deleteMany({ where: { organizationId: ctx.orgId, userId } });
    await tx.notificationPreference.createMany({
      data: notificationKinds.map((kind) => ({ organizationId: ctx.orgId, userId, kind, ...parsed[kind] })),
    });
  });
}
