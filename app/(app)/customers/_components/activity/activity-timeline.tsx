"use client";

// The timeline: filters, the add-entry form, entries grouped by local day, and more entries loaded
// through the cursor when the end of the list scrolls into view (or "Load more" is pressed).
import * as React from "react";
import { Loader2Icon } from "lucide-react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { listActivityAction } from "@/lib/activity/actions";
import type { ActivityItem, ActivityPage } from "@/lib/activity/queries";
import type { ActivityTypeName } from "@/lib/activity/schemas";
import { useDisplayPrefs } from "@/components/display-prefs";
import type { DisplayPrefs } from "@/lib/display-prefs";
import { dayKey, formatDayHeading } from "@/lib/format";
import { ActivityEntry } from "./activity-entry";
import { ActivityFilters, type ActivityFilterValues } from "./activity-filters";
import { LogActivityForm } from "./log-activity-form";

type ActivityTimelineProps = {
  customerId: string;
  firstPage: ActivityPage;
  canLog: boolean;
  canRevert: boolean;
  canUndoMerge?: boolean;
};

const noFilters: ActivityFilterValues = { types: [], from: "", to: "" };

/** The filters as the server reads them: the days as picked, whole days in the organization's time zone. */
function toRange(filters: ActivityFilterValues) {
  const types: ActivityTypeName[] | undefined = filters.types.length > 0 ? filters.types : undefined;
  return { types, from: filters.from || undefined, to: filters.to || undefined };
}

/** Entries by the day they fall on in the viewer's time zone, each with its heading. */
function groupByDay(items: ActivityItem[], prefs: DisplayPrefs) {
  const groups: { key: string; day: string; items: ActivityItem[] }[] = [];
  for (const item of items) {
    const key = dayKey(item.createdAt, prefs);
    const last = groups.at(-1);
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, day: formatDayHeading(item.createdAt, prefs), items: [item] });
  }
  return groups;
}

const isFiltered = (filters: ActivityFilterValues) => filters.types.length > 0 || Boolean(filters.from || filters.to);

/** No entries: still loading, none for these filters, or none at all yet (with what adds one). */
function EmptyTimeline({ loading, filtered, canLog }: { loading: boolean; filtered: boolean; canLog: boolean }) {
  return (
    <div role="status" className="rounded-xl border border-dashed px-6 py-10 text-center text-sm text-muted-foreground">
      {loading ? (
        <p>Loading activity…</p>
      ) : filtered ? (
        <p>No activity matches these filters. Clear a filter to see more.</p>
      ) : (
        <>
          <p className="font-medium text-foreground">No activity yet</p>
          <p className="mt-1">
            {canLog
              ? "Changes to this customer appear here as they happen. Log a note, call, email or meeting above to start the history."
              : "Changes to this customer, and the notes, calls, emails and meetings staff log, appear here."}
          </p>
        </>
      )}
    </div>
  );
}

export function ActivityTimeline({
  customerId,
  firstPage,
  canLog,
  canRevert,
  canUndoMerge = false,
}: ActivityTimelineProps) {
  const prefs = useDisplayPrefs();
  const [filters, setFilters] = React.useState(noFilters);
  const [page, setPage] = React.useState(firstPage);
  const [isPending, startTransition] = React.useTransition();
  const sentinel = React.useRef<HTMLDivElement>(null);

  // A router refresh (after logging or reverting) brings a new first page: start over from it.
  const [shownFirstPage, setShownFirstPage] = React.useState(firstPage);
  if (shownFirstPage !== firstPage) {
    setShownFirstPage(firstPage);
    setPage(firstPage);
    setFilters(noFilters);
  }

  const load = React.useCallback(
    (nextFilters: ActivityFilterValues, cursor: string | null) =>
      startTransition(async () => {
        const result = await listActivityAction({ customerId, ...toRange(nextFilters), cursor });
        if ("error" in result) {
          toast.error(result.error.message);
          return;
        }
        setPage((current) =>
          cursor
            ? { items: [...current.items, ...result.data.items], nextCursor: result.data.nextCursor }
            : result.data,
        );
      }),
    [customerId],
  );

  const loadMore = React.useCallback(() => {
    if (page.nextCursor && !isPending) load(filters, page.nextCursor);
  }, [filters, isPending, load, page.nextCursor]);

  React.useEffect(() => {
    const target = sentinel.current;
    if (!target || !page.nextCursor) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) loadMore();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [loadMore, page.nextCursor]);

  function changeFilters(next: ActivityFilterValues) {
    setFilters(next);
    load(next, null);
  }

  return (
    <div className="flex flex-col gap-6">
      {canLog ? <LogActivityForm customerId={customerId} /> : null}
      <ActivityFilters value={filters} onChange={changeFilters} />
      {page.items.length === 0 ? (
        <EmptyTimeline loading={isPending} filtered={isFiltered(filters)} canLog={canLog} />
      ) : (
        <ol aria-label="Activity" className="flex flex-col gap-6">
          {groupByDay(page.items, prefs).map((group) => (
            <li key={group.key} className="flex flex-col gap-2">
              <h3 className="text-sm font-semibold text-muted-foreground">{group.day}</h3>
              <ul className="flex flex-col divide-y rounded-xl border bg-card">
                {group.items.map((item) => (
                  <ActivityEntry
                    key={item.id}
                    customerId={customerId}
                    item={item}
                    canRevert={canRevert}
                    canUndoMerge={canUndoMerge}
                  />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {page.nextCursor ? (
        <div ref={sentinel} className="flex justify-center">
          <Button variant="outline" onClick={loadMore} disabled={isPending}>
            {isPending ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : null}
            Load more
          </Button>
        </div>
      ) : null}
    </div>
  );
}
