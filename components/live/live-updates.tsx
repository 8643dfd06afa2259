"use client";
// Keeps a record page or list current while others change it: a change by someone else re-renders the
// page from the server (router.refresh(): the data layer decides again what this member may see) and says
// "Updated by Sam just now". While `busy()` (a form with unsaved input), nothing is refreshed: the notice
// says so, and saving still meets the form's conflict banner. Presence, when given, shows who else is here.
import * as React from "react";
import { useRouter } from "next/navigation";
import { PresenceAvatars, usePresence, type PresenceTarget } from "@/components/live/presence";
import { useLive } from "@/components/live/use-live";
import type { LiveChange } from "@/lib/live/topics";

/** Several changes in a burst (a bulk action) refresh once. */
const REFRESH_DEBOUNCE_MS = 300;
/** How long "just now" is true. */
const NOTICE_MS = 60_000;

interface LiveUpdatesProps {
  topics: readonly string[];
  /** The cursor the page was rendered at (lib/live/changes.ts liveCursor): changes after it are shown. */
  since?: string | null;
  /** True while refreshing would lose what the member is typing. */
  busy?: () => boolean;
  presence?: PresenceTarget;
  className?: string;
}

interface Notice {
  who: string | null;
  held: boolean;
}

function noticeText({ who, held }: Notice): string {
  const by = who ? `Updated by ${who} just now.` : "Updated just now.";
  return held ? `${by} Your unsaved changes are kept; reload to see theirs.` : by;
}

export function LiveUpdates({ topics, since, busy, presence, className }: LiveUpdatesProps) {
  const router = useRouter();
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const people = usePresence(presence);
  const refreshTimer = React.useRef<ReturnType<typeof setTimeout> | null>(null);

  const refresh = React.useCallback(() => {
    if (refreshTimer.current) clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => router.refresh(), REFRESH_DEBOUNCE_MS);
  }, [router]);

  useLive(
    topics,
    {
      onChange(change: LiveChange) {
        if (change.actor.self) return;
        const held = busy?.() ?? false;
        if (!held) refresh();
        setNotice({ who: change.actor.name, held });
      },
      onPresence: people.onPresence,
      onReset: () => (busy?.() ? undefined : refresh()),
    },
    since,
  );

  React.useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  React.useEffect(() => () => void (refreshTimer.current && clearTimeout(refreshTimer.current)), []);

  const empty = !notice && people.others.length === 0;
  // Empty, it takes no room (out of the flow) but keeps its status region, so the next notice is announced.
  return (
    <div className={empty ? "sr-only" : (className ?? "flex flex-wrap items-center justify-between gap-x-4 gap-y-2")}>
      <p role="status" className="text-sm text-muted-foreground">
        {notice ? noticeText(notice) : null}
      </p>
      {presence ? <PresenceAvatars people={people.others} /> : null}
    </div>
  );
}
