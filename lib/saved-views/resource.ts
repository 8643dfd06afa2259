// A saved view as the UI and integrators see it: its canonical query, its creator, and what the
// acting user may do with it. No tenant id.
import type { Ctx } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import type { SavedView } from "@/lib/generated/prisma/client";
import type { SavedViewResource } from "@/lib/saved-views/schemas";
import { queryFromState, savedViewHref } from "@/lib/saved-views/state";

export interface SavedViewDto {
  id: string;
  resource: SavedViewResource;
  name: string;
  shared: boolean;
  /** The list's URL query, e.g. `status=active&cols=name,tier`. */
  query: string;
  /** Where applying it goes, e.g. `/customers?status=active`. */
  href: string;
  createdBy: { id: string; name: string };
  /** Created by the acting user. */
  isOwn: boolean;
  /** Rename, change or (un)share: the creator only. */
  canEdit: boolean;
  /** The creator, or a manager for a shared view. */
  canDelete: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type SavedViewWithUser = SavedView & { user: { id: string; name: string } };

export function canDeleteView(ctx: Ctx, view: Pick<SavedView, "userId" | "shared">): boolean {
  return view.userId === ctx.userId || (view.shared && can(ctx.role, "savedView:share"));
}

export function toSavedViewDto(ctx: Ctx, view: SavedViewWithUser): SavedViewDto {
  const resource = view.resource as SavedViewResource;
  const query = queryFromState(resource, view.state);
  const isOwn = view.userId === ctx.userId;
  return {
    id: view.id,
    resource,
    name: view.name,
    shared: view.shared,
    query,
    href: savedViewHref(resource, query),
    createdBy: view.user,
    isOwn,
    canEdit: isOwn,
    canDelete: canDeleteView(ctx, view),
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
  };
}
