"use client";
// Shown while customers are ticked: how many, "Select all N matching this filter", and the bulk
// actions the user's role allows, each through its dialog; small sets finish at once, large ones
// continue as a job with a progress dialog. Tag and status changes can be undone from the toast.
import * as React from "react";
import { useRouter } from "next/navigation";
import { ArchiveIcon, TagIcon, TagsIcon, UserRoundCogIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { BulkActionOutcome } from "@/lib/customers/bulk/actions";
import { isUndoableBulkAction, type BulkActionName, type BulkResult } from "@/lib/customers/bulk/schemas";
import type { JobResource } from "@/lib/jobs/resource";
import type { TierOption } from "@/lib/tiers/queries";
import { BulkActionDialog } from "./bulk-action-dialog";
import { BulkJobDialog } from "./bulk-job-dialog";
import { showBulkDone } from "./bulk-undo";
import { useBulkSelection } from "./selection-context";

function summarize(result: BulkResult): string {
  const reasons = Object.entries(result.skippedReasons).map(([reason, n]) => `${n} ${reason.toLowerCase()}`);
  return `${result.updated} updated${result.skipped > 0 ? `, ${result.skipped} skipped (${reasons.join("; ")})` : ""}`;
}

export function BulkActionsBar({ tiers, pageRowCount }: { tiers: TierOption[]; pageRowCount: number }) {
  const router = useRouter();
  const { selectedIds, allMatching, setAllMatching, total, totalLabel, countLabel, clear, permissions } =
    useBulkSelection();
  const [action, setAction] = React.useState<BulkActionName | null>(null);
  const [job, setJob] = React.useState<{ job: JobResource; undoable: boolean } | null>(null);

  function done(outcome: BulkActionOutcome) {
    setAction(null);
    clear();
    if ("job" in outcome)
      return setJob({ job: outcome.job, undoable: action !== null && isUndoableBulkAction(action) });
    showBulkDone(`Bulk action done: ${summarize(outcome.result)}`, outcome.result.undoId, () => router.refresh());
    router.refresh();
  }

  const dialogs = (
    <>
      <BulkActionDialog action={action} tiers={tiers} onClose={() => setAction(null)} onDone={done} />
      <BulkJobDialog job={job?.job ?? null} undoable={job?.undoable ?? false} onClose={() => setJob(null)} />
    </>
  );
  if (selectedIds.length === 0 && !allMatching) return dialogs;
  const pageFullySelected = selectedIds.length === pageRowCount && total > pageRowCount;

  return (
    <div
      role="region"
      aria-label="Bulk actions"
      className="flex flex-wrap items-center gap-2 rounded-md border bg-muted/50 px-3 py-2 text-sm"
    >
      <span className="font-medium tabular-nums" aria-live="polite">
        {allMatching ? `All ${countLabel} customers matching this filter are selected` : `${countLabel} selected`}
      </span>
      {pageFullySelected && !allMatching ? (
        <Button variant="link" size="sm" className="h-auto px-1" onClick={() => setAllMatching(true)}>
          Select all {totalLabel} matching this filter
        </Button>
      ) : null}
      <Button variant="ghost" size="sm" onClick={clear}>
        <XIcon aria-hidden="true" />
        Clear selection
      </Button>
      <div className="ml-auto flex flex-wrap items-center gap-2">
        {permissions.canEdit ? (
          <>
            <Button variant="outline" size="sm" onClick={() => setAction("addTags")}>
              <TagIcon aria-hidden="true" />
              Add tags
            </Button>
            <Button variant="outline" size="sm" onClick={() => setAction("removeTags")}>
              <TagsIcon aria-hidden="true" />
              Remove tags
            </Button>
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="outline" size="sm">
                  <UserRoundCogIcon aria-hidden="true" />
                  More actions
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="end">
                <DropdownMenuItem onSelect={() => setAction("setStatus")}>Set status…</DropdownMenuItem>
                <DropdownMenuItem onSelect={() => setAction("setTier")}>Set tier…</DropdownMenuItem>
                <DropdownMenuItem onSelect={() => setAction("transferOwner")}>Transfer owner…</DropdownMenuItem>
              </DropdownMenuContent>
            </DropdownMenu>
          </>
        ) : null}
        {permissions.canArchive ? (
          <Button variant="outline" size="sm" onClick={() => setAction("archive")}>
            <ArchiveIcon aria-hidden="true" />
            Archive
          </Button>
        ) : null}
      </div>
      {dialogs}
    </div>
  );
}
