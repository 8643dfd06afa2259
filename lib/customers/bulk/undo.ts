import "server-only";
// Undo of a bulk tag or status change. While it runs, each batch stores every changed customer's value
// before and the version the change left it at (one insert per batch); undo writes the old values back,
// set-based, batch by batch — but only to customers still at that version, so nothing anyone changed since
// is overwritten — and records each restore on the customer's timeline in the same statement.
import { randomUUID } from "node:crypto";
import { db, Prisma, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { conflict, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { bulkActionPermissions } from "@/lib/customers/rules";
import type { BulkPlan } from "@/lib/customers/bulk/plan";
import {
  BULK_BATCH_SIZE,
  bulkActionLabels,
  isUndoableBulkAction,
  undoableBulkFields,
  type BulkActionName,
  type BulkUndoResult,
  type UndoableBulkAction,
} from "@/lib/customers/bulk/schemas";
import { recordEvents } from "@/lib/events/record";

/** A new undo id for a bulk change run at once (a background job's is the job's id); null when it cannot be undone. */
export function newUndoId(action: BulkActionName): string | null {
  return isUndoableBulkAction(action) ? randomUUID() : null;
}

/** Inside the batch's transaction, after its UPDATE: what the changed customers held before, and their new version. */
export async function recordUndoRows(
  tx: Tx,
  ctx: Ctx,
  plan: BulkPlan,
  changed: { id: string; before: unknown }[],
): Promise<void> {
  const { action } = plan.action;
  if (!plan.undoId || !isUndoableBulkAction(action) || changed.length === 0) return;
  const field = undoableBulkFields[action];
  await tx.$executeRaw`
    INSERT INTO bulk_change (id, organization_id, action, created_by_id)
    VALUES (${plan.undoId}::uuid, ${ctx.orgId}, ${action}, ${ctx.userId})
    ON CONFLICT (id) DO NOTHING`;
  const values = JSON.stringify(changed.map(({ id, before }) => ({ id, before: { [field]: before } })));
  await tx.$executeRaw`
    INSERT INTO bulk_change_row (bulk_change_id, customer_id, before, version_after)
    SELECT ${plan.undoId}::uuid, c.id, v.before, c.version
    FROM jsonb_to_recordset(${values}::jsonb) AS v(id uuid, before jsonb)
    JOIN customer c ON c.id = v.id AND c.organization_id = ${ctx.orgId}`;
}

/** Per field: the value written back, and the value now (what the bulk change set) for the timeline's diff. */
const fieldSql: Record<"tags" | "status", { set: Prisma.Sql; now: Prisma.Sql }> = {
  status: {
    set: Prisma.sql`status = (b.before ->> 'status')::customer_status`,
    now: Prisma.sql`to_jsonb(c.status::text)`,
  },
  tags: {
    set: Prisma.sql`tags = ARRAY(SELECT jsonb_array_elements_text(b.before -> 'tags'))`,
    now: Prisma.sql`to_jsonb(c.tags)`,
  },
};

interface BatchOutcome {
  seen: number;
  last: string | null;
  restored: number;
  restoredIds: string[];
}

/** One batch in one statement: pick the next rows, restore those still at their version, record each restore. */
async function undoBatch(tx: Tx, ctx: Ctx, id: string, action: UndoableBulkAction, after: string) {
  const field = undoableBulkFields[action];
  const { set, now } = fieldSql[field];
  const summary = `${bulkActionLabels[action]} (bulk) undone`;
  const [outcome] = await tx.$queryRaw<BatchOutcome[]>`
    WITH batch AS (
      SELECT r.customer_id, r.before, r.version_after, ${now} AS now
      FROM bulk_change_row r JOIN customer c ON c.id = r.customer_id AND c.organization_id = ${ctx.orgId}
      WHERE r.bulk_change_id = ${id}::uuid AND r.customer_id > ${after}::uuid
      ORDER BY r.customer_id
      LIMIT ${BULK_BATCH_SIZE}
    ), restored AS (
      UPDATE customer c
      SET ${set}, version = c.version + 1, updated_at = now(), updated_by_id = ${ctx.userId}
      FROM batch b
      WHERE c.id = b.customer_id AND c.organization_id = ${ctx.orgId}
        AND c.version = b.version_after AND c.archived_at IS NULL
      RETURNING c.id, b.before, b.now
    ), logged AS (
      INSERT INTO activity (id, organization_id, customer_id, type, entity_type, entity_id, action, summary, changes,
                            actor_id, actor_kind)
      SELECT gen_random_uuid(), ${ctx.orgId}, r.id, 'change', 'customer', r.id, 'reverted', ${summary},
             jsonb_build_object(${field}::text, jsonb_build_object('from', r.now, 'to', r.before -> ${field}::text)),
             ${ctx.userId}, ${ctx.actor}
      FROM restored r
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM batch) AS seen,
           (SELECT customer_id::text FROM batch ORDER BY customer_id DESC LIMIT 1) AS last,
           (SELECT count(*)::int FROM logged) AS restored,
           (SELECT coalesce(array_agg(id::text), '{}') FROM restored) AS "restoredIds"`;
  const events = (outcome?.restoredIds ?? []).map((customerId) => ({ resourceId: customerId, changed: [field] }));
  await recordEvents(
    tx,
    ctx,
    events.map((event) => ({ ...event, type: "customer.updated", resourceType: "customer" })),
  );
  return outcome ?? { seen: 0, last: null, restored: 0, restoredIds: [] };
}

const TX_OPTIONS = { timeout: 120_000, maxWait: 10_000 };

/**
 * Undoes a bulk tag or status change once, with the permissions the change itself took. Customers changed
 * again since (or archived) keep their newer values and are counted as kept.
 */
export async function undoBulkChange(ctx: Ctx, id: string): Promise<BulkUndoResult> {
  assertCan(ctx, "customer:bulk");
  const [change] = isUuid(id)
    ? await db.$queryRaw<{ action: string }[]>`
        SELECT action FROM bulk_change WHERE id = ${id}::uuid AND organization_id = ${ctx.orgId}`
    : [];
  if (!change) throw notFound("Bulk change");
  const action = change.action;
  if (action !== "addTags" && action !== "removeTags" && action !== "setStatus") throw notFound("Bulk change");
  for (const permission of bulkActionPermissions(action)) assertCan(ctx, permission);
  return db.$transaction(async (tx) => {
    const claimed = await tx.$executeRaw`
      UPDATE bulk_change SET undone_at = now(), undone_by_id = ${ctx.userId}
      WHERE id = ${id}::uuid AND organization_id = ${ctx.orgId} AND undone_at IS NULL`;
    if (claimed === 0) throw conflict("This bulk change has already been undone.");
    const result: BulkUndoResult = { restored: 0, kept: 0 };
    for (let after = "00000000-0000-0000-0000-000000000000"; ;) {
      const batch = await undoBatch(tx, ctx, id, action, after);
      if (batch.seen === 0 || !batch.last) break;
      result.restored += batch.restored;
      result.kept += batch.seen - batch.restored;
      after = batch.last;
    }
    return result;
  }, TX_OPTIONS);
}
