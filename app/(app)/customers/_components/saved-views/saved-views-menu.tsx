"use client";

// "Views": apply a saved view (navigates to its URL state, so Back returns), save the current state
// as a new view, and update, rename or delete your own views (managers may delete shared ones).
import * as React from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { toast } from "sonner";
import { BookmarkIcon, CheckIcon, PlusIcon, UsersIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { updateSavedViewAction } from "@/lib/saved-views/actions";
import type { SavedViewDto } from "@/lib/saved-views/resource";
import { canonicalViewQuery } from "@/lib/saved-views/state";
import { DeleteViewDialog } from "./delete-view-dialog";
import { SaveViewDialog } from "./save-view-dialog";

type SavedViewsMenuProps = { views: SavedViewDto[]; canShare: boolean };

function ViewItem({ view, active, onApply }: { view: SavedViewDto; active: boolean; onApply: () => void }) {
  return (
    <DropdownMenuItem onSelect={onApply} aria-current={active || undefined}>
      <CheckIcon aria-hidden="true" className={active ? "" : "invisible"} />
      <span className="truncate">{view.name}</span>
      {view.shared && view.isOwn ? <UsersIcon aria-label="Shared" className="ml-auto text-muted-foreground" /> : null}
    </DropdownMenuItem>
  );
}

export function SavedViewsMenu({ views, canShare }: SavedViewsMenuProps) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = canonicalViewQuery("customers", searchParams.toString());
  const [dialog, setDialog] = React.useState<{ view?: SavedViewDto } | null>(null);
  const [deleting, setDeleting] = React.useState<SavedViewDto | null>(null);
  const active = views.find((view) => view.query === query) ?? null;
  const own = views.filter((view) => view.isOwn);
  const shared = views.filter((view) => !view.isOwn);
  const manageable = views.filter((view) => view.canEdit || view.canDelete);

  const apply = (view: SavedViewDto) => router.push(view.query ? `${pathname}?${view.query}` : pathname);

  async function updateWithCurrent(view: SavedViewDto) {
    const result = await updateSavedViewAction({ id: view.id, query });
    if ("error" in result) toast.error(result.error.message);
    else toast.success(`View "${view.name}" updated`);
  }

  return (
    <>
      {/* Not modal: its items open dialogs, which must own focus once the menu closes. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm" className="h-8" aria-label={active ? `Views: ${active.name}` : "Views"}>
            <BookmarkIcon aria-hidden="true" />
            {active ? <span className="max-w-40 truncate">{active.name}</span> : "Views"}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-64">
          <DropdownMenuLabel>My views</DropdownMenuLabel>
          {own.length === 0 ? <p className="px-2 py-1.5 text-sm text-muted-foreground">None saved yet</p> : null}
          {own.map((view) => (
            <ViewItem key={view.id} view={view} active={view === active} onApply={() => apply(view)} />
          ))}
          {shared.length > 0 ? (
            <DropdownMenuGroup>
              <DropdownMenuSeparator />
              <DropdownMenuLabel>Shared with the organization</DropdownMenuLabel>
              {shared.map((view) => (
                <ViewItem key={view.id} view={view} active={view === active} onApply={() => apply(view)} />
              ))}
            </DropdownMenuGroup>
          ) : null}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setDialog({})}>
            <PlusIcon aria-hidden="true" />
            Save current view…
          </DropdownMenuItem>
          {manageable.length > 0 ? (
            <DropdownMenuSub>
              <DropdownMenuSubTrigger>Manage views</DropdownMenuSubTrigger>
              <DropdownMenuSubContent className="w-56">
                {manageable.map((view) => (
                  <DropdownMenuSub key={view.id}>
                    <DropdownMenuSubTrigger>
                      <span className="truncate">{view.name}</span>
                    </DropdownMenuSubTrigger>
                    <DropdownMenuSubContent>
                      {view.canEdit ? (
                        <>
                          <DropdownMenuItem
                            disabled={view.query === query}
                            onSelect={() => void updateWithCurrent(view)}
                          >
                            Update with current filters
                          </DropdownMenuItem>
                          <DropdownMenuItem onSelect={() => setDialog({ view })}>Rename or share…</DropdownMenuItem>
                        </>
                      ) : null}
                      {view.canDelete ? (
                        <DropdownMenuItem variant="destructive" onSelect={() => setDeleting(view)}>
                          Delete…
                        </DropdownMenuItem>
                      ) : null}
                    </DropdownMenuSubContent>
                  </DropdownMenuSub>
                ))}
              </DropdownMenuSubContent>
            </DropdownMenuSub>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>
      <SaveViewDialog
        key={dialog?.view?.id ?? "new"}
        open={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
        query={query}
        canShare={canShare}
        view={dialog?.view}
      />
      <DeleteViewDialog view={deleting} onOpenChange={(open) => !open && setDeleting(null)} />
    </>
  );
}
