"use client";
// Subscribes the page to live updates of the resources on screen (GET /api/live, Server-Sent Events). The
// first connection starts at `since`, the cursor the page was rendered at (lib/live/changes.ts
// liveCursor), so a change between the render and the subscription is replayed; the browser's
// EventSource reconnects by itself and sends the last cursor back, so the server replays what was missed.
// Handlers and `since` are read through a ref: re-renders (a refresh brings a newer `since`) do not
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
  // Read through a ref: the handlers of the last render, and the cursor it was rendered at, which a new
  // set of topics (another record's page) starts from. The same topics keep their connection, which the
  // browser resumes from the last change it had.
  const latest = React.useRef({ handlers, since });
  React.useEffect(() => {
    latest.current = { handlers, since };
  });
  const key = topics.join("\n");
  React.useEffect(() => {
    if (!key || typeof EventSource === "undefined") return;
    const query = new URLSearchParams(key.split("\n").map((topic) => ["topic", topic]));
    if (latest.current.since) query.set("after", latest.current.since);
    const source = new EventSource(`/api/live?${query}`);
    const parse = <T>(event: Event): T => JSON.parse((event as MessageEvent<string>).data) as T;
    const on = () => latest.current.handlers;
    source.addEventListener("change", (event) => on().onChange?.(parse<LiveChange>(event)));
    source.addEventListener("presence", (event) => on().onPresence?.(parse<PresenceList>(event)));
    source.addEventListener("reset", () => on().onReset?.());
    return () => source.close();
  }, [key]);
}
