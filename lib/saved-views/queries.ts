import "server-only";
// Saved view reads: the acting user's own views and those shared with the organization; any other
// view (someone's personal one, another organization's) is NOT_FOUND.
import { db, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { isUuid, parseWith } from "@/lib/validation";
import { toSavedViewDto, type SavedViewDto, type SavedViewWithUser } from "@/lib/saved-views/resource";
import { savedViewListSchema, type SavedViewResource } from "@/lib/saved-views/schemas";

const withUser = { user: { select: { id: true, name: true } } } as const;

/** Own views, and shared ones; an API key without a user sees only the shared ones. */
function visibleTo(ctx: Ctx) {
  return ctx.userId ? { OR: [{ userId: ctx.userId }, { shared: true }] } : { shared: true };
}

export async function findVisibleView(client: Tx, ctx: Ctx, id: string): Promise<SavedViewWithUser> {
  const view = isUuid(id)
    ? await client.savedView.findFirst({
        where: { id, organizationId: ctx.orgId, ...visibleTo(ctx) },
        include: withUser,
      })
    : null;
  if (!view) throw notFound("Saved view");
  return view;
}

/** Own views first, then shared ones, each by name. */
export async function listSavedViews(
  ctx: Ctx,
  input: { resource: SavedViewResource | string },
): Promise<SavedViewDto[]> {
  assertCan(ctx, "savedView:manage");
  const { resource } = parseWith(savedViewListSchema, input);
  const views = await db.savedView.findMany({
    where: { organizationId: ctx.orgId, resource, ...visibleTo(ctx) },
    include: withUser,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const dtos = views.map((view) => toSavedViewDto(ctx, view));
  return [...dtos.filter((view) => view.isOwn), ...dtos.filter((view) => !view.isOwn)];
}

export async function getSavedView(ctx: Ctx, id: string): Promise<SavedViewDto> {
  assertCan(ctx, "savedView:manage");
  return toSavedViewDto(ctx, await findVisibleView(db, ctx, id));
}
