import "server-only";
// Notification reads: the signed-in member's own inbox (paged on the server), its unread count, and their
// preferences. Every read is scoped to ctx's organization AND user: nobody reads another member's inbox.
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { Ctx } from "@/lib/auth/context";
import { Prisma } from "@/lib/generated/prisma/client";
import { defaultNotificationPreference, notificationKinds, type NotificationKind } from "@/lib/notifications/kinds";
import { renderNotification, type NotificationRow, type NotificationView } from "@/lib/notifications/render";

const NOTIFICATION_PAGE_SIZE = 20;

/** The inbox is a member's: API keys (no user) have none. */
export function inboxUserOf(ctx: Ctx): string {
  if (ctx.actor !== "user" || !ctx.userId) throw forbidden("Notifications belong to a signed-in member.");
  return ctx.userId;
}

/** The row with the names its text needs (actor, customer, new owner), joined as it is read. */
export const notificationRowSql = Prisma.sql`
  SELECT n.id::text, n.kind, n.subject_type AS "subjectType", n.subject_id::text AS "subjectId", n.data,
         n.actor_type AS "actorType", coalesce(au.name, k.name) AS "actorName",
         coalesce(c.display_name, c.name)::text AS "customerName", tu.name AS "toName",
         n.read_at AS "readAt", n.created_at AS "createdAt"
  FROM notification n
  LEFT JOIN "user" au ON n.actor_type = 'user' AND au.id = n.actor_id
  LEFT JOIN api_key k ON n.actor_type = 'apiKey' AND k.id::text = n.actor_id
  LEFT JOIN customer c ON n.subject_type = 'customer' AND c.id = n.subject_id AND c.organization_id = n.organization_id
  LEFT JOIN "user" tu ON tu.id = n.data->>'toUserId'`;

export interface NotificationPage {
  rows: NotificationView[];
  total: number;
  pageCount: number;
  page: number;
  unread: number;
}

export async function listNotifications(ctx: Ctx, page = 1): Promise<NotificationPage> {
  const userId = inboxUserOf(ctx);
  const where = { organizationId: ctx.orgId, userId, inApp: true };
  const [total, unread] = await Promise.all([
    db.notification.count({ where }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATION_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const rows = await db.$queryRaw<NotificationRow[]>`${notificationRowSql}
    WHERE n.organization_id = ${ctx.orgId} AND n.user_id = ${userId} AND n.in_app
    ORDER BY n.created_at DESC, n.id DESC
    LIMIT ${NOTIFICATION_PAGE_SIZE} OFFSET ${(current - 1) * NOTIFICATION_PAGE_SIZE}`;
  return { rows: rows.map(renderNotification), total, pageCount, page: current, unread };
}

/** The bell's number; API keys and system work have no inbox (0). */
export async function countUnreadNotifications(ctx: Ctx): Promise<number> {
  if (ctx.actor !== "user" || !ctx.userId) return 0;
  return db.notification.count({
    where: { organizationId: ctx.orgId, userId: ctx.userId, inApp: true, readAt: null },
  });
}

export type NotificationPreferences = Record<NotificationKind, { inApp: boolean; email: boolean }>;

export async function getNotificationPreferences(ctx: Ctx): Promise<NotificationPreferences> {
  const userId = inboxUserOf(ctx);
  const saved = await db.notificationPreference.findMany({ where: { organizationId: ctx.orgId, userId } });
  const byKind = new Map(saved.map((row) => [row.kind, row]));
  return Object.fromEntries(
    notificationKinds.map((kind) => {
      const row = byKind.get(kind);
      return [kind, row ? { inApp: row.inApp, email: row.email } : { ...defaultNotificationPreference }];
    }),
  ) as NotificationPreferences;
}
