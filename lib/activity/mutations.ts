import "server-only";
// Timeline writes by hand (notes, calls, emails, meetings) and reverting a recorded customer change
// through the customer's normal update path (validation, duplicates, optimistic concurrency).
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { AppError, conflict, notFound } from "@/lib/errors";
import type { Activity } from "@/lib/generated/prisma/client";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { updateCustomer } from "@/lib/customers/mutations";
import { isUuid, parseWith } from "@/lib/validation";
import { sameValue, type FieldChanges } from "@/lib/activity/record";
import { isRevertible } from "@/lib/activity/revertible";
import { recordedCustomerValue } from "@/lib/customers/fields";
import { logActivitySchema } from "@/lib/activity/schemas";
import { UNREADABLE_VALUE } from "@/lib/privacy/encrypted-fields";
import { recordEvent } from "@/lib/events/record";

const CHANGED_SINCE = "This change cannot be reverted: the customer was changed again since. Edit it instead.";

export async function logActivity(ctx: Ctx, customerId: string, input: unknown): Promise<Activity> {
  // Parsed before the role check: a malformed entry is a VALIDATION error whoever sends it.
  const data = parseWith(logActivitySchema, input);
  assertCan(ctx, "activity:create");
  const customer = await findCustomerInOrg(db, ctx.orgId, customerId);
  return db.$transaction(async (tx) => {
    const activity = await tx.activity.create({
      data: {
        organizationId: ctx.orgId,
        customerId: customer.id,
        type: data.type,
        entityType: "customer",
        entityId: customer.id,
        summary: data.summary,
        body: data.body,
        // The client seals a sensitive entry's body (lib/db/client.ts): never stored as plaintext.
        sensitive: data.sensitive,
        occurredAt: data.occurredAt,
        actorId: ctx.userId,
        actorKind: ctx.actor,
      },
    });
    await recordEvent(tx, ctx, {
      type: "customer.activity.logged",
      resourceType: "customer",
      resourceId: customer.id,
      extra: { activityId: activity.id, activityType: activity.type },
    });
    return activity;
  });
}

/**
 * Puts back the `from` values of a recorded customer change, recorded as "reverted". Refused
 * (CONFLICT) when any of its fields no longer holds the value the change gave it.
 */
export async function revertChange(
  ctx: Ctx,
  activityId: string,
  scope: { customerId?: string } = {},
): Promise<Activity> {
  assertCan(ctx, "activity:revert");
  const ids = [activityId, scope.customerId ?? activityId];
  const activity = ids.every(isUuid)
    ? await db.activity.findFirst({
        where: { id: activityId, organizationId: ctx.orgId, customerId: scope.customerId },
      })
    : null;
  if (!activity) throw notFound("Activity");
  if (!isRevertible(activity))
    throw new AppError(
      "BAD_REQUEST",
      "Only a recorded change to customer details can be reverted. Transfer ownership again, or edit the contact, link or work order.",
    );
  // Read through the client, encrypted fields' values are already opened (lib/db/client.ts).
  const changes = activity.changes as FieldChanges;
  const customer = await findCustomerInOrg(db, ctx.orgId, activity.entityId);
  const patch: Record<string, unknown> = {};
  for (const [field, { from, to }] of Object.entries(changes)) {
    if (from === UNREADABLE_VALUE || to === UNREADABLE_VALUE)
      throw conflict("This change cannot be reverted: it holds a value encrypted under a key that was retired.");
    const current = recordedCustomerValue(field, (customer as Record<string, unknown>)[field]);
    if (!sameValue(current, to)) throw conflict(CHANGED_SINCE);
    patch[field] = from;
  }
  await updateCustomer(ctx, customer.id, patch, {
    expectedVersion: customer.version,
    revertOfId: activity.id,
  });
  return db.activity.findFirstOrThrow({
    where: { organizationId: ctx.orgId, revertOfId: activity.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}
