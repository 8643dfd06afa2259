import "server-only";
// A customer's timeline: newest first, keyset-paginated on (created_at, id) by an opaque cursor,
// filtered by type and created-at range, each entry with its actor's name and names for the ids in its diff.
import { db, type Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import type { Activity } from "@/lib/generated/prisma/client";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { parseWith } from "@/lib/validation";
import { activityListSchema, type ActivityListInput } from "@/lib/activity/schemas";
import { loadPageLabels } from "@/lib/activity/labels";
import { moneyFields } from "@/lib/activity/format";
import { getOrgTimeZone } from "@/lib/org-time-zone";
import { resolveVisibility } from "@/lib/privacy/visibility";
import { maskChanges } from "@/lib/privacy/masking";
import { startOfDayIn, startOfNextDayIn } from "@/lib/zoned-bounds";

const activitySelect = {
  id: true,
  type: true,
  entityType: true,
  entityId: true,
  action: true,
  changes: true,
  summary: true,
  body: true,
  sensitive: true,
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
  /** The customer's currency once this entry was recorded: what money in `changes` is in (see formatChangeValue). */
  currency: string | null;
  /** A merge's entry (its id is the merge's): whether the merge was undone since. Null for every other entry. */
  mergeUndone: boolean | null;
  /** A sensitive entry's details withheld from this reader (a viewer; or limited details, someone else's entry). */
  bodyHidden: boolean;
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
        params.from || params.to ? { createdAt: await createdAtRange(ctx, params) } : {},
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
    items: await toActivityItems(ctx, customer, page),
    nextCursor: rows.length > params.limit && last ? encodeCursor(last) : null,
  };
}

type CustomerCurrency = { id: string; currency: string | null };

/** The range's bounds: a day is the whole day in the organization's time zone, a date-time that instant. */
async function createdAtRange(ctx: Ctx, { from, to }: { from?: Date | string; to?: Date | string }) {
  const timeZone = typeof from === "string" || typeof to === "string" ? await getOrgTimeZone(ctx) : "UTC";
  return {
    gte: typeof from === "string" ? startOfDayIn(from, timeZone) : from,
    ...(typeof to === "string" ? { lt: startOfNextDayIn(to, timeZone) } : { lte: to }),
  };
}

/** Rows → timeline entries, with every name and currency they need looked up once for all of them. */
async function toActivityItems(ctx: Ctx, customer: CustomerCurrency, rows: ActivityRow[]): Promise<ActivityItem[]> {
  // Encrypted fields' values in the diffs arrive opened: the client decrypts them (lib/db/client.ts).
  const stored = rows.map((row) => ({ ...row, changes: (row.changes as ActivityItem["changes"]) ?? null }));
  // Seen with limited details: personal values in the diffs masked, others' hand-logged bodies hidden.
  const masked = (await resolveVisibility(ctx, [customer.id])).isMasked(customer.id);
  const readsSensitive = can(ctx.role, "activity:readSensitive");
  const withChanges = stored.map((row) => {
    const hidden = (row.sensitive && !readsSensitive) || (masked && row.actorId !== ctx.userId);
    return {
      ...row,
      body: hidden ? null : row.body,
      bodyHidden: hidden && row.sensitive && row.body !== null,
      changes: masked ? row.changes && maskChanges(row.changes) : row.changes,
    };
  });
  const [labels, currencyAfter, undoneMerges] = await Promise.all([
    loadPageLabels(ctx, withChanges),
    loadCurrencies(ctx, customer, withChanges),
    loadUndoneMerges(ctx, withChanges),
  ]);
  return withChanges.map((row) => ({
    ...row,
    actorName: labels.actorName(row.actorId),
    labels: labels.valueLabels(row.changes),
    currency: currencyAfter(row),
    mergeUndone: row.action === MERGED ? undoneMerges.has(row.id) : null,
  }));
}

const MERGED = "merged";

/** Which of the page's merge entries were undone (a merge's entry has the merge's id), so Undo merge shows only while it can. */
async function loadUndoneMerges(ctx: Ctx, rows: { id: string; action: string | null }[]): Promise<Set<string>> {
  const mergeIds = rows.filter((row) => row.action === MERGED).map((row) => row.id);
  if (mergeIds.length === 0) return new Set();
  const undone = await db.customerMerge.findMany({
    where: { organizationId: ctx.orgId, id: { in: mergeIds }, undoneAt: { not: null } },
    select: { id: true },
  });
  return new Set(undone.map((merge) => merge.id));
}

/**
 * The customer's currency after each entry: the old currency of the next later entry that changed it, else its
 * currency now — so an old credit limit reads in the currency it was set in. One query for the customer's
 * currency changes, and only for pages that show money.
 */
async function loadCurrencies(
  ctx: Ctx,
  customer: CustomerCurrency,
  rows: { id: string; createdAt: Date; changes: ActivityItem["changes"] }[],
): Promise<(row: Cursor) => string | null> {
  const showsMoney = rows.some(
    (row) => row.changes && Object.keys(row.changes).some((field) => moneyFields.has(field)),
  );
  if (!showsMoney) return () => customer.currency;
  const changes = await db.$queryRaw<{ createdAt: Date; id: string; from: string | null }[]>`
    SELECT created_at AS "createdAt", id::text AS id, changes -> 'currency' ->> 'from' AS "from"
    FROM activity
    WHERE organization_id = ${ctx.orgId} AND customer_id = ${customer.id}::uuid AND changes ? 'currency'
    ORDER BY created_at, id`;
  return (row) => {
    const next = changes.find(
      (change) =>
        change.createdAt > row.createdAt ||
        (change.createdAt.getTime() === row.createdAt.getTime() && change.id > row.id),
    );
    return next ? next.from : customer.currency;
  };
}

/** One entry of a customer's timeline, as the list shows it (after logging or reverting). */
export async function getActivityItem(ctx: Ctx, customerId: string, activityId: string): Promise<ActivityItem> {
  assertCan(ctx, "activity:read");
  const row = await db.activity.findFirst({
    where: { id: activityId, organizationId: ctx.orgId, customerId },
    select: { ...activitySelect, customer: { select: { id: true, currency: true } } },
  });
  if (!row) throw notFound("Activity");
  const { customer, ...entry } = row;
  const [item] = await toActivityItems(ctx, customer, [entry]);
  if (!item) throw notFound("Activity");
  return item;
}
