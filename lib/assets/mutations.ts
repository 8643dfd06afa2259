import "server-only";
// Asset writes for the acting organization: validated per kind, version-checked, search text kept.
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { conflict, notFound } from "@/lib/errors";
import type { Asset } from "@/lib/generated/prisma/client";
import { parseWith } from "@/lib/validation";
import { isReferenceViolation } from "@/lib/db/errors";
import { assertNoDuplicateIdentifiers, toAssetWriteError } from "@/lib/assets/duplicates";
import { ASSET_NOT_FOUND, findAssetInOrg } from "@/lib/assets/lookup";
import { describeAssetReferences } from "@/lib/assets/references";
import { mergeAssetPatch, toAssetColumns } from "@/lib/assets/rows";
import { assertHomeServiceCenter } from "@/lib/assets/service-centers";
import { assetInputSchema, assetPatchMetaSchema, assetSchemaFor, type AssetData } from "@/lib/assets/schemas";
import type { AssetKind } from "@/lib/assets/options";

const changedElsewhere = (kind: AssetKind) =>
  `This ${kind} was changed by someone else since you opened it. Reload to see their changes.`;
const restoreFirst = (kind: AssetKind) => `Restore this ${kind} before editing it.`;
const KIND_FIXED = "An aircraft cannot become a vehicle or the other way round; create a new record instead.";
/** Without an expected version, a PATCH re-reads and retries this often when it races another write. */
const PATCH_ATTEMPTS = 3;

export async function createAsset(ctx: Ctx, input: unknown): Promise<Asset> {
  assertCan(ctx, "asset:create");
  const data = parseWith(assetInputSchema, input);
  await assertHomeServiceCenter(db, ctx.orgId, data.homeServiceCenterId, null);
  await assertNoDuplicateIdentifiers(db, ctx.orgId, data);
  try {
    return await db.asset.create({
      data: { ...toAssetColumns(data), organizationId: ctx.orgId, createdById: ctx.userId, updatedById: ctx.userId },
    });
  } catch (error) {
    throw toAssetWriteError(error, data);
  }
}

/**
 * Applies a partial update of the asset's own kind. With `expectedVersion` (or `input.version`), an
 * asset changed since that version is a CONFLICT; without one, a racing write makes it retry.
 */
export async function updateAsset(
  ctx: Ctx,
  id: string,
  input: unknown,
  opts: { expectedVersion?: number } = {},
): Promise<Asset> {
  assertCan(ctx, "asset:update");
  const { version, ...patch } = parseWith(assetPatchMetaSchema.loose(), input);
  const expectedVersion = opts.expectedVersion ?? version;
  for (let attempt = 1; ; attempt++) {
    const existing = await findAssetInOrg(db, ctx.orgId, id);
    if (existing.archivedAt) throw conflict(restoreFirst(existing.kind));
    if (expectedVersion !== undefined && existing.version !== expectedVersion) {
      throw conflict(changedElsewhere(existing.kind));
    }
    if (patch.kind !== undefined && patch.kind !== existing.kind) throw conflict(KIND_FIXED, { kind: [KIND_FIXED] });
    const data = parseWith(assetSchemaFor(existing.kind, existing), mergeAssetPatch(existing, patch));
    await assertHomeServiceCenter(db, ctx.orgId, data.homeServiceCenterId, existing.homeServiceCenterId);
    await assertNoDuplicateIdentifiers(db, ctx.orgId, data, id);
    const updated = await writeUpdate(ctx, existing, data);
    if (updated) return updated;
    if (expectedVersion !== undefined || attempt >= PATCH_ATTEMPTS) throw await explainMissedUpdate(ctx, id);
  }
}

async function writeUpdate(ctx: Ctx, existing: Asset, data: AssetData): Promise<Asset | null> {
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.asset.updateMany({
        where: { id: existing.id, organizationId: ctx.orgId, version: existing.version, archivedAt: null },
        data: { ...toAssetColumns(data), updatedById: ctx.userId, version: { increment: 1 } },
      });
      if (count === 0) return null;
      return tx.asset.findUniqueOrThrow({ where: { id: existing.id, organizationId: ctx.orgId } });
    });
  } catch (error) {
    throw toAssetWriteError(error, data);
  }
}

/** Why a version-checked update matched no row: gone, archived meanwhile, or changed. */
async function explainMissedUpdate(ctx: Ctx, id: string) {
  const current = await db.asset.findFirst({
    where: { id, organizationId: ctx.orgId },
    select: { archivedAt: true, kind: true },
  });
  if (!current) return notFound(ASSET_NOT_FOUND);
  return conflict(current.archivedAt ? restoreFirst(current.kind) : changedElsewhere(current.kind));
}

/** Archiving an archived asset (or restoring an active one) is a CONFLICT, not a silent no-op. */
async function setArchived(ctx: Ctx, id: string, archive: boolean): Promise<Asset> {
  return db.$transaction(async (tx) => {
    const existing = await findAssetInOrg(tx, ctx.orgId, id);
    const { count } = await tx.asset.updateMany({
      where: { id: existing.id, organizationId: ctx.orgId, archivedAt: archive ? null : { not: null } },
      data: {
        archivedAt: archive ? new Date() : null,
        archivedById: archive ? ctx.userId : null,
        updatedById: ctx.userId,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      throw conflict(archive ? `This ${existing.kind} is already archived.` : `This ${existing.kind} is not archived.`);
    }
    return tx.asset.findUniqueOrThrow({ where: { id: existing.id, organizationId: ctx.orgId } });
  });
}

export async function archiveAsset(ctx: Ctx, id: string): Promise<Asset> {
  assertCan(ctx, "asset:archive");
  return setArchived(ctx, id, true);
}

export async function restoreAsset(ctx: Ctx, id: string): Promise<Asset> {
  assertCan(ctx, "asset:restore");
  return setArchived(ctx, id, false);
}

/**
 * Permanently deletes an asset without work orders or customer links; otherwise CONFLICT. The row
 * lock (FOR UPDATE) makes a link or work order inserted meanwhile wait, then fail on the foreign key.
 */
export async function deleteAsset(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx, "asset:delete");
  try {
    await db.$transaction(async (tx) => {
      const existing = await findAssetInOrg(tx, ctx.orgId, id);
      await tx.$queryRaw`SELECT id FROM asset WHERE id = ${existing.id}::uuid FOR UPDATE`;
      const references = await describeAssetReferences(tx, ctx.orgId, existing.id);
      if (references) {
        throw conflict(`This ${existing.kind} has ${references}, so it cannot be deleted. Archive it instead.`);
      }
      await tx.asset.deleteMany({ where: { id: existing.id, organizationId: ctx.orgId } });
    });
  } catch (error) {
    if (!isReferenceViolation(error)) throw error;
    throw conflict(
      "Other records still refer to this aircraft or vehicle, so it cannot be deleted. Archive it instead.",
    );
  }
}
