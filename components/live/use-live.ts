"use client";
// Subscribes the page to live updates of the resources on screen (GET /api/live, Server-Sent Events). The
// first connection starts at `since`, the cursor the page was rendered at (lib/live/changes.ts
// liveCursor), so a change between the render and the subscription is replayed; the browser's
// EventSource reconnects by itself and sends the last cursor back, so the server replays what was missed.
// Handlers and the cursor are read through refs: re-renders (a refresh brings a newer `since`) do not
// reconnect.
import * as React from "react";
import type { LiveChange, PresenceList } from "@/lib/live/topics";

export interface LiveHandlers {
  onChange?(change: LiveChange): void;
  onPresence?(presence: PresenceList): void;
  /** Too far behind to replay: reload what is shown. */
  onReset?(): void;
}

export function useLive(topics: readonly string[], handlers: LiveHandlers, since?: string | null): void {
  const latest = React.useRef(handlers);
  // The last cursor this page has: `since` at first, then each change's; a new set of topics resumes there.
  const cursor = React.useRef(since ?? null);
  React.useEffect(() => {
    latest.current = handlers;
  });
  const key = topics.join("\n");
  React.useEffect(() => {
    if (!key || typeof EventSource === "undefined") return;
    const query = new URLSearchParams(key.split("\n").map((topic) => ["topic", topic]));
    if (cursor.current) query.set("after", cursor.current);
    const source = new EventSource(`/api/live?${query}`);
    const parse = <T>(event: Event): T => JSON.parse((event as MessageEvent<string>).data) as T;
    source.addEventListener("change", (event) => {
      cursor.current = (event as MessageEvent<string>).lastEventId || cursor.current;
      latest.current.onChange?.(parse<LiveChange>(event));
    });
    source.addEventListener("presence", (event) => latest.current.onPresence?.(parse<PresenceList>(event)));
    source.addEventListener("reset", () => latest.current.onReset?.());
    return () => source.close();
  }, [key]);
}
