import "server-only";
// Service center writes (admins): create, edit, deactivate/reactivate; codes unique per organization.
import { db, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { conflict, notFound } from "@/lib/errors";
import type { ServiceCenter } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { parseWith } from "@/lib/validation";
import { findServiceCenterInOrg } from "@/lib/service-centers/lookup";
import { serviceCenterInputSchema, serviceCenterPatchSchema } from "@/lib/service-centers/schemas";

const CHANGED_ELSEWHERE =
  "This service center was changed by someone else since you opened it. Reload to see their changes.";

const duplicateCode = (code: string) =>
  conflict(`Code ${code} is already used by another service center.`, {
    code: [`Code ${code} is already used by another service center`],
  });

async function assertCodeFree(client: Tx, orgId: string, code: string, exceptId?: string) {
  const other = await client.serviceCenter.findFirst({
    where: { organizationId: orgId, code, ...(exceptId && { id: { not: exceptId } }) },
    select: { id: true },
  });
  if (other) throw duplicateCode(code);
}

/** A race past the pre-check still ends as the same CONFLICT on `code`. */
function toWriteError(error: unknown, code: string): unknown {
  return isUniqueViolation(error) ? duplicateCode(code) : error;
}

export async function createServiceCenter(ctx: Ctx, input: unknown): Promise<ServiceCenter> {
  assertCan(ctx, "serviceCenter:manage");
  const data = parseWith(serviceCenterInputSchema, input);
  await assertCodeFree(db, ctx.orgId, data.code);
  try {
    return await db.serviceCenter.create({ data: { ...data, organizationId: ctx.orgId } });
  } catch (error) {
    throw toWriteError(error, data.code);
  }
}

/**
 * Applies a partial update. With `expectedVersion` (or `input.version`) a center changed since
 * that version is a CONFLICT. Changing the code affects only work orders numbered afterwards.
 */
export async function updateServiceCenter(
  ctx: Ctx,
  id: string,
  input: unknown,
  opts: { expectedVersion?: number } = {},
): Promise<ServiceCenter> {
  assertCan(ctx, "serviceCenter:manage");
  const { version, ...patch } = parseWith(serviceCenterPatchSchema, input);
  const expectedVersion = opts.expectedVersion ?? version;
  const existing = await findServiceCenterInOrg(db, ctx.orgId, id);
  if (expectedVersion !== undefined && existing.version !== expectedVersion) throw conflict(CHANGED_ELSEWHERE);
  if (patch.code !== undefined && patch.code !== existing.code) await assertCodeFree(db, ctx.orgId, patch.code, id);
  try {
    const { count } = await db.serviceCenter.updateMany({
      where: { id: existing.id, organizationId: ctx.orgId, version: existing.version },
      data: { ...patch, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(CHANGED_ELSEWHERE);
  } catch (error) {
    throw toWriteError(error, patch.code ?? existing.code);
  }
  const updated = await db.serviceCenter.findFirst({ where: { id: existing.id, organizationId: ctx.orgId } });
  if (!updated) throw notFound("Service center");
  return updated;
}

/** Deactivating keeps existing work orders; only new work orders need an active center. */
export async function setServiceCenterActive(ctx: Ctx, id: string, active: boolean): Promise<ServiceCenter> {
  return updateServiceCenter(ctx, id, { active });
}
