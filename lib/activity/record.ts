// Records an entry in a customer's activity timeline inside the caller's transaction, so a change
// and its record commit or roll back together. Every mutation that touches a customer calls this.
// A trigger on `activity` moves customer.last_activity_at forward on every insert, this one included.
import type { Prisma, Tx } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { ActivityEntity } from "@/lib/generated/prisma/client";
import { sealChanges } from "@/lib/privacy/encrypted-fields";

/** `{ field: { from, to } }`: what a change did, field by field. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export interface ChangeRecord {
  customerId: string;
  entityType: ActivityEntity;
  entityId: string;
  /** created, updated, archived, restored, deleted, linked, unlinked, primary_changed, reverted … */
  action: string;
  /** One line for the timeline, e.g. `Contact "Ana López" added`. */
  summary: string;
  changes?: FieldChanges;
  revertOfId?: string;
}

const comparable = (value: unknown): unknown =>
  value instanceof Date
    ? value.toISOString()
    : typeof value === "object" && value !== null
      ? JSON.stringify(value)
      : value;

/** Whether a stored value equals one recorded in a diff (dates and objects compared by value). */
export function sameValue(current: unknown, recorded: unknown): boolean {
  return comparable(jsonValue(current ?? null)) === comparable(recorded ?? null);
}

/** The fields whose values differ between `before` and `after` (dates and objects compared by value). */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (comparable(from) !== comparable(to)) changes[field] = { from: jsonValue(from), to: jsonValue(to) };
  }
  return changes;
}

function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (value !== null && typeof value === "object" && "toFixed" in value) return String(value);
  return value;
}

export async function recordChange(tx: Tx, ctx: Ctx, change: ChangeRecord): Promise<void> {
  await tx.activity.create({
    data: {
      organizationId: ctx.orgId,
      customerId: change.customerId,
      type: "change",
      entityType: change.entityType,
      entityId: change.entityId,
      action: change.action,
      summary: change.summary.slice(0, 300),
      // Encrypted fields' values are recorded as ciphertext, like the columns they come from.
      changes:
        change.changes && Object.keys(change.changes).length > 0
          ? (sealChanges(change.changes) as Prisma.InputJsonObject)
          : undefined,
      actorId: ctx.userId,
      actorKind: ctx.actor,
      revertOfId: change.revertOfId,
    },
  });
}
