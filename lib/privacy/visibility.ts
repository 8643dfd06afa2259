import "server-only";
// Who sees which customer in full (Settings → Privacy → visibility mode): the ONE decision every read path
// asks, set-based (one query for a page of ids), and the one refusal every write to a customer applies.
// In "own_and_shared", staff and viewers see full details only of customers they own or that are shared
// with them (directly, or with a service center they belong to, until the share expires); the others are
// masked by lib/privacy/masking.ts. Managers and above, and the system, always see everything.
import { cache } from "react";
import { db, type Tx } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { Ctx } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import type { VisibilityMode } from "@/lib/privacy/visibility-modes";
import { holdsMask } from "@/lib/privacy/masking";

/** The organization's mode, read once per request (React cache; uncached outside a render). */
const loadVisibilityMode = cache(async (orgId: string): Promise<VisibilityMode> => {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { visibilityMode: true } });
  return org?.visibilityMode ?? "everyone";
});

export const getVisibilityMode = (ctx: Pick<Ctx, "orgId">) => loadVisibilityMode(ctx.orgId);

/** Which of a set of customers the acting context sees in full; the rest show limited details. */
export interface CustomerVisibility {
  /** True when every customer is visible in full (mode "everyone", managers and above, the system). */
  readonly all: boolean;
  isMasked(customerId: string): boolean;
}

const everything: CustomerVisibility = { all: true, isMasked: () => false };

/** Whether `ctx` sees everything without asking the database about each customer. */
async function seesEverything(ctx: Ctx, client: Tx | null): Promise<boolean> {
  if (ctx.actor === "system" || can(ctx.role, "customer:seeAll")) return true;
  const mode = client
    ? (await client.organization.findUnique({ where: { id: ctx.orgId }, select: { visibilityMode: true } }))
        ?.visibilityMode
    : await getVisibilityMode(ctx);
  return (mode ?? "everyone") === "everyone";
}

/** The condition "shared with this user, directly or through one of their service centers, and not expired". */
function liveShareWhere(orgId: string, userId: string, now = new Date()) {
  return {
    organizationId: orgId,
    OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
    AND: [
      {
        OR: [{ userId }, { serviceCenter: { members: { some: { organizationId: orgId, userId } } } }],
      },
    ],
  };
}

/**
 * The decision for a set of customer ids (a page, a batch, one customer): one query, however many ids —
 * owned by the user, or with a live share to them or to one of their service centers.
 */
export async function resolveVisibility(
  ctx: Ctx,
  customerIds: readonly string[],
  /** Inside a transaction, its client (else the request's cached mode and the shared client). */
  tx: Tx | null = null,
): Promise<CustomerVisibility> {
  if (await seesEverything(ctx, tx)) return everything;
  const ids = [...new Set(customerIds)].filter(isUuid);
  const userId = ctx.userId;
  if (ids.length === 0 || !userId) return { all: false, isMasked: () => true };
  const visible = await (tx ?? db).customer.findMany({
    where: {
      organizationId: ctx.orgId,
      id: { in: ids },
      OR: [{ ownerId: userId }, { shares: { some: liveShareWhere(ctx.orgId, userId) } }],
    },
    select: { id: true },
  });
  const full = new Set(visible.map((row) => row.id));
  return { all: false, isMasked: (id) => !full.has(id) };
}

/**
 * Refuses a change to a customer (or its contacts) that `ctx` sees only with limited details: saving a form
 * filled with masked values would overwrite the real ones, and staff should not edit what they cannot read.
 */
export async function assertSeesCustomer(ctx: Ctx, customerId: string): Promise<void> {
  if (!(await resolveVisibility(ctx, [customerId])).isMasked(customerId)) return;
  // Another organization's (or no) customer stays NOT_FOUND, as everywhere.
  const exists =
    isUuid(customerId) && (await db.customer.count({ where: { id: customerId, organizationId: ctx.orgId } }));
  if (!exists) throw notFound("Customer");
  throw new AppError(
    "FORBIDDEN",
    "You see only limited details of this customer (it is not yours and not shared with you), so you cannot change it. Ask its owner or a manager to share it with you.",
  );
}

/** Refuses input carrying a masked value (a form filled from limited details must never overwrite the real data). */
export function assertNoMaskedValues(input: unknown): void {
  if (typeof input !== "object" || input === null) return;
  const fields = Object.entries(input).filter(([, value]) => holdsMask(value));
  if (fields.length === 0) return;
  const message = "This value is masked (limited details); type the real value or leave the field unchanged.";
  throw new AppError("VALIDATION", message, Object.fromEntries(fields.map(([field]) => [field, [message]])));
}
