import "server-only";
// Saved view writes: any member saves views of their own; sharing one with the organization takes
// savedView:share. Only the creator changes a view; a manager may also delete a shared one.
import { db, type Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { AppError, conflict, forbidden } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { parseWith } from "@/lib/validation";
import { findVisibleView } from "@/lib/saved-views/queries";
import { canDeleteView, toSavedViewDto, type SavedViewDto } from "@/lib/saved-views/resource";
import { savedViewInputSchema, savedViewPatchSchema, type SavedViewResource } from "@/lib/saved-views/schemas";
import { canonicalViewQuery } from "@/lib/saved-views/state";

const withUser = { user: { select: { id: true, name: true } } } as const;

const duplicateName = (name: string) =>
  conflict(`You already have a view named ${name}.`, { name: [`You already have a view named ${name}`] });

function requireUser(ctx: Ctx): string {
  if (!ctx.userId) throw new AppError("FORBIDDEN", "Saved views belong to a user; this API key has none.");
  return ctx.userId;
}

/** Names are unique per user and list, ignoring case ("Gold" clashes with "gold"). */
async function assertNameFree(ctx: Ctx, userId: string, resource: string, name: string, exceptId?: string) {
  const others = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM saved_view
    WHERE organization_id = ${ctx.orgId} AND user_id = ${userId} AND resource = ${resource}
      AND lower(name) = lower(${name}) AND id::text <> ${exceptId ?? ""}
    LIMIT 1`;
  if (others.length > 0) throw duplicateName(name);
}

function toWriteError(error: unknown, name: string): unknown {
  return isUniqueViolation(error) ? duplicateName(name) : error;
}

const stateOf = (resource: SavedViewResource, query: string): Prisma.InputJsonObject => ({
  query: canonicalViewQuery(resource, query),
});

export async function createSavedView(ctx: Ctx, input: unknown): Promise<SavedViewDto> {
  assertCan(ctx, "savedView:manage");
  const userId = requireUser(ctx);
  const data = parseWith(savedViewInputSchema, input);
  if (data.shared) assertCan(ctx, "savedView:share");
  await assertNameFree(ctx, userId, data.resource, data.name);
  try {
    const view = await db.savedView.create({
      data: {
        organizationId: ctx.orgId,
        userId,
        resource: data.resource,
        name: data.name,
        shared: data.shared,
        state: stateOf(data.resource, data.query),
      },
      include: withUser,
    });
    return toSavedViewDto(ctx, view);
  } catch (error) {
    throw toWriteError(error, data.name);
  }
}

export async function updateSavedView(ctx: Ctx, id: string, input: unknown): Promise<SavedViewDto> {
  assertCan(ctx, "savedView:manage");
  const patch = parseWith(savedViewPatchSchema, input);
  const view = await findVisibleView(db, ctx, id);
  if (view.userId !== ctx.userId) throw forbidden("Only the person who saved this view can change it.");
  if (patch.shared && !view.shared) assertCan(ctx, "savedView:share");
  const resource = view.resource as SavedViewResource;
  if (patch.name !== undefined) await assertNameFree(ctx, view.userId, resource, patch.name, view.id);
  try {
    const updated = await db.savedView.update({
      where: { id: view.id },
      data: {
        name: patch.name,
        shared: patch.shared,
        state: patch.query === undefined ? undefined : stateOf(resource, patch.query),
      },
      include: withUser,
    });
    return toSavedViewDto(ctx, updated);
  } catch (error) {
    throw toWriteError(error, patch.name ?? view.name);
  }
}

export async function deleteSavedView(ctx: Ctx, id: string): Promise<{ id: string }> {
  assertCan(ctx, "savedView:manage");
  const view = await findVisibleView(db, ctx, id);
  if (!canDeleteView(ctx, view)) throw forbidden("Only the person who saved this view, or a manager, can delete it.");
  await db.savedView.delete({ where: { id: view.id } });
  return { id: view.id };
}
