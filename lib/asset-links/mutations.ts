import "server-only";
// Link writes: each runs in one transaction that locks the asset row first, so the rules about the
// primary customer (lib/asset-links/primary.ts) hold however many requests race on one asset.
import { db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { conflict } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { diffFields, recordChange } from "@/lib/activity/record";
import { assetLabelOf, trackPrimary } from "@/lib/activity/primary";
import { lockActiveAsset, lockCustomerShared } from "@/lib/asset-links/locks";
import { makePrimary, settlePrimary } from "@/lib/asset-links/primary";
import { findLinkInOrg } from "@/lib/asset-links/queries";
import { assetLinkSelect, type AssetLink } from "@/lib/asset-links/select";
import { linkCustomerSchema, linkUpdateSchema } from "@/lib/asset-links/schemas";
import { recordEvent, recordEvents } from "@/lib/events/record";

const ALREADY_LINKED = "This customer is already linked to this aircraft or vehicle. Edit the existing link instead.";
const ARCHIVED_CUSTOMER = "This customer is archived. Restore it before linking it.";
const ONLY_CURRENT_PRIMARY = "Only a current link can be primary. Set its status to current first.";

/**
 * Writes to one asset's links serialize on its row lock (and record activity inside), so a burst of
 * them queues; waiting longer than Prisma's 2-second default for a connection is normal then.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/**
 * Runs `work` in a transaction on the locked, non-archived asset, and returns the link as re-read.
 * A move of the asset's primary customer is recorded on both customers' timelines.
 */
async function onAsset(ctx: Ctx, assetId: string, work: (tx: Tx) => Promise<string>): Promise<AssetLink> {
  return db.$transaction(async (tx) => {
    await lockActiveAsset(tx, ctx.orgId, assetId);
    const linkId = await trackPrimary(tx, ctx, assetId, () => work(tx));
    return tx.assetCustomer.findUniqueOrThrow({ where: { id: linkId }, select: assetLinkSelect });
  }, TRANSACTION_OPTIONS);
}

const linkFields = ["relationship", "status", "since", "notes"] as const;

/** Records a link change on its customer's timeline, naming the asset. */
async function recordLinkChange(
  tx: Tx,
  ctx: Ctx,
  link: { id: string; assetId: string; customerId: string },
  change: {
    action: string;
    summary: (asset: string) => string;
    changes?: Record<string, { from: unknown; to: unknown }>;
  },
) {
  const asset = await assetLabelOf(tx, ctx.orgId, link.assetId);
  await recordChange(tx, ctx, {
    customerId: link.customerId,
    entityType: "asset_link",
    entityId: link.id,
    action: change.action,
    summary: change.summary(asset),
    changes: change.changes,
  });
}

/** Runs `work` on an existing link of the organization, inside its asset's lock. */
async function onLink(ctx: Ctx, linkId: string, work: (tx: Tx, link: LinkRow) => Promise<void>): Promise<AssetLink> {
  const { assetId } = await findLinkInOrg(db, ctx.orgId, linkId);
  return onAsset(ctx, assetId, async (tx) => {
    // Re-read under the lock: the link may have been removed or changed meanwhile.
    await work(tx, await findLinkInOrg(tx, ctx.orgId, linkId));
    return linkId;
  });
}

type LinkRow = Awaited<ReturnType<typeof findLinkInOrg>>;

/** Links a customer to an asset. The first current link, or one with `makePrimary`, becomes primary. */
export async function linkCustomer(ctx: Ctx, input: unknown): Promise<AssetLink> {
  assertCan(ctx, "assetLink:manage");
  const data = parseWith(linkCustomerSchema, input);
  if (data.makePrimary && data.status !== "current") throw conflict(ONLY_CURRENT_PRIMARY);
  try {
    return await onAsset(ctx, data.assetId, async (tx) => {
      const customer = await lockCustomerShared(tx, ctx.orgId, data.customerId);
      if (customer.archived) throw conflict(ARCHIVED_CUSTOMER);
      const existing = await tx.assetCustomer.findFirst({
        where: { organizationId: ctx.orgId, assetId: data.assetId, customerId: data.customerId },
        select: { id: true },
      });
      if (existing) throw conflict(ALREADY_LINKED, { customerId: [ALREADY_LINKED] });
      const { makePrimary: wantsPrimary, ...columns } = data;
      const link = await tx.assetCustomer.create({
        data: { ...columns, organizationId: ctx.orgId, createdById: ctx.userId },
        select: {
          id: true,
          assetId: true,
          customerId: true,
          relationship: true,
          status: true,
          since: true,
          notes: true,
        },
      });
      const changes = diffFields<Record<string, unknown>>({}, link, linkFields);
      await recordLinkChange(tx, ctx, link, { action: "linked", summary: (asset) => `Linked to ${asset}`, changes });
      if (wantsPrimary) await makePrimary(tx, ctx.orgId, data.assetId, link.id);
      else await settlePrimary(tx, ctx.orgId, data.assetId, link.id);
      await recordLinked(tx, ctx, link);
      return link.id;
    });
  } catch (error) {
    // Backstop for the (asset, customer) unique key, should a check ever be bypassed.
    if (isUniqueViolation(error)) {
      throw conflict(ALREADY_LINKED, { customerId: [ALREADY_LINKED] });
    }
    throw error;
  }
}

/** asset.linked, and for a vehicle also customer.vehicle.added on the customer. */
async function recordLinked(tx: Tx, ctx: Ctx, link: { id: string; assetId: string; customerId: string }) {
  const { kind } = await tx.asset.findUniqueOrThrow({ where: { id: link.assetId }, select: { kind: true } });
  await recordEvents(tx, ctx, [
    { type: "asset.linked", resourceType: "asset_link", resourceId: link.id },
    ...(kind === "vehicle"
      ? [
          {
            type: "customer.vehicle.added" as const,
            resourceType: "customer" as const,
            resourceId: link.customerId,
            extra: { assetId: link.assetId, linkId: link.id },
          },
        ]
      : []),
  ]);
}

/**
 * Changes relationship, status, since or notes (and with `makePrimary`, makes it primary too). A
 * primary link leaving "current" hands primary to the earliest remaining eligible link; a link
 * becoming current on an asset without a primary takes it.
 */
export async function updateLink(ctx: Ctx, linkId: string, input: unknown): Promise<AssetLink> {
  assertCan(ctx, "assetLink:manage");
  const { makePrimary: wantsPrimary, ...data } = parseWith(linkUpdateSchema, input);
  return onLink(ctx, linkId, async (tx, link) => {
    const status = data.status ?? link.status;
    if (wantsPrimary && status !== "current") throw conflict(ONLY_CURRENT_PRIMARY);
    const leavesCurrent = status !== "current" && link.isPrimary;
    const updated = await tx.assetCustomer.update({
      where: { id: link.id },
      data: { ...data, ...(leavesCurrent && { isPrimary: false }) },
    });
    const changes = diffFields(link, updated, linkFields);
    if (Object.keys(changes).length > 0) {
      await recordLinkChange(tx, ctx, link, {
        action: "updated",
        summary: (asset) => `Link to ${asset} updated`,
        changes,
      });
    }
    if (wantsPrimary) await takePrimary(tx, ctx.orgId, { ...link, status });
    else if (status !== link.status) {
      await settlePrimary(tx, ctx.orgId, link.assetId, status === "current" ? link.id : undefined);
    }
    const changed = Object.keys(changes);
    await recordEvent(tx, ctx, {
      type: "asset.link_updated",
      resourceType: "asset_link",
      resourceId: link.id,
      changed,
    });
  });
}

/** Makes the link its asset's primary and clears the previous primary in the same transaction. */
export async function setPrimaryLink(ctx: Ctx, linkId: string): Promise<AssetLink> {
  assertCan(ctx, "assetLink:manage");
  return onLink(ctx, linkId, async (tx, link) => {
    await takePrimary(tx, ctx.orgId, link);
    const changed = link.isPrimary ? [] : ["isPrimary"];
    await recordEvent(tx, ctx, {
      type: "asset.primary_changed",
      resourceType: "asset_link",
      resourceId: link.id,
      changed,
    });
  });
}

async function takePrimary(
  tx: Tx,
  orgId: string,
  link: Pick<LinkRow, "id" | "assetId" | "customerId" | "status" | "isPrimary">,
) {
  if (link.status !== "current") throw conflict(ONLY_CURRENT_PRIMARY);
  const customer = await lockCustomerShared(tx, orgId, link.customerId);
  if (customer.archived) throw conflict("An archived customer cannot be primary. Restore the customer first.");
  if (!link.isPrimary) await makePrimary(tx, orgId, link.assetId, link.id);
}

/** Removes the link; when it was primary, the earliest remaining eligible link becomes primary. */
export async function unlinkCustomer(ctx: Ctx, linkId: string): Promise<{ assetId: string; customerId: string }> {
  assertCan(ctx, "assetLink:manage");
  const { assetId } = await findLinkInOrg(db, ctx.orgId, linkId);
  return db.$transaction(async (tx) => {
    await lockActiveAsset(tx, ctx.orgId, assetId);
    const link = await findLinkInOrg(tx, ctx.orgId, linkId);
    await trackPrimary(tx, ctx, link.assetId, async () => {
      // Recorded before the delete: its data is the link as it was.
      await recordEvent(tx, ctx, { type: "asset.unlinked", resourceType: "asset_link", resourceId: link.id });
      await tx.assetCustomer.delete({ where: { id: link.id } });
      if (link.isPrimary) await settlePrimary(tx, ctx.orgId, link.assetId);
    });
    await recordLinkChange(tx, ctx, link, { action: "unlinked", summary: (asset) => `Unlinked from ${asset}` });
    return { assetId: link.assetId, customerId: link.customerId };
  }, TRANSACTION_OPTIONS);
}
