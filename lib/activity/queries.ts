import "server-only";
// A customer's timeline: newest first, keyset-paginated on (created_at, id) by an opaque cursor,
// filtered by type and created-at range, each entry with its actor's name and names for the ids in its diff.
import { db, type Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import type { Activity } from "@/lib/generated/prisma/client";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { parseWith } from "@/lib/validation";
import { activityListSchema, type ActivityListInput } from "@/lib/activity/schemas";
import { loadPageLabels } from "@/lib/activity/labels";

const activitySelect = {
  id: true,
  type: true,
  entityType: true,
  entityId: true,
  action: true,
  changes: true,
  summary: true,
  body: true,
  occurredAt: true,
  actorId: true,
  actorKind: true,
  revertOfId: true,
  createdAt: true,
} satisfies Prisma.ActivitySelect;

type ActivityRow = Pick<Activity, keyof typeof activitySelect>;

export interface ActivityItem extends Omit<ActivityRow, "changes"> {
  changes: Record<string, { from: unknown; to: unknown }> | null;
  /** The acting user's name; null for an API key without a user or a removed user. */
  actorName: string | null;
  /** Names for id values in `changes` (a tier, an owner), keyed by id; "Deleted tier" when gone. */
  labels: Record<string, string>;
}

export interface ActivityPage {
  items: ActivityItem[];
  nextCursor: string | null;
}

interface Cursor {
  createdAt: Date;
  id: string;
}

const encodeCursor = (row: Cursor) =>
  Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");

function decodeCursor(cursor: string): Cursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const date = new Date(String(createdAt));
    if (typeof id === "string" && !Number.isNaN(date.getTime())) return { createdAt: date, id };
  } catch {
    // Falls through to the error below.
  }
  throw new AppError("BAD_REQUEST", "The cursor is not valid. Start again from the first page.");
}

export async function listActivity(ctx: Ctx, customerId: string, input: ActivityListInput = {}): Promise<ActivityPage> {
  assertCan(ctx, "activity:read");
  const params = parseWith(activityListSchema, input);
  const customer = await findCustomerInOrg(db, ctx.orgId, customerId);
  const cursor = params.cursor ? decodeCursor(params.cursor) : null;
  const rows = await db.activity.findMany({
    where: {
      organizationId: ctx.orgId,
      customerId: customer.id,
      ...(params.types && params.types.length > 0 && { type: { in: params.types } }),
      AND: [
        params.from || params.to ? { createdAt: { gte: params.from, lte: params.to } } : {},
        cursor
          ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
          : {},
      ],
    },
    select: activitySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: params.limit + 1,
  });
  const page = rows.slice(0, params.limit);
  const last = page.at(-1);
  return {
    items: await toActivityItems(ctx, page),
    nextCursor: rows.length > params.limit && last ? encodeCursor(last) : null,
  };
}

/** Rows → timeline entries, with every name they need looked up once for all of them. */
async function toActivityItems(ctx: Ctx, rows: ActivityRow[]): Promise<ActivityItem[]> {
  const withChanges = rows.map((row) => ({ ...row, changes: (row.changes as ActivityItem["changes"]) ?? null }));
  const labels = await loadPageLabels(ctx, withChanges);
  return withChanges.map((row) => ({
    ...row,
    actorName: labels.actorName(row.actorId),
    labels: labels.valueLabels(row.changes),
  }));
}

/** One entry of a customer's timeline, as the list shows it (after logging or reverting). */
export async function getActivityItem(ctx: Ctx, customerId: string, activityId: string): Promise<ActivityItem> {
  assertCan(ctx, "activity:read");
  const row = await db.activity.findFirst({
    where: { id: activityId, organizationId: ctx.orgId, customerId },
    select: activitySelect,
  });
  const [item] = row ? await toActivityItems(ctx, [row]) : [];
  if (!item) throw notFound("Activity");
  return item;
}
