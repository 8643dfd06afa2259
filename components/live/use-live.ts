"use client";
// Subscribes the page to live updates of the resources on screen (GET /api/live, Server-Sent Events). The
// browser's EventSource reconnects by itself and sends the last cursor back, so the server replays what
// was missed; handlers are read through a ref, so re-renders do not reconnect.
import * as React from "react";
import type { LiveChange, PresenceList } from "@/lib/live/topics";

export interface LiveHandlers {
  onChange?(change: LiveChange): void;
  onPresence?(presence: PresenceList): void;
  /** Too far behind to replay: reload what is shown. */
  onReset?(): void;
}

export function useLive(topics: readonly string[], handlers: LiveHandlers): void {
  const latest = React.useRef(handlers);
  React.useEffect(() => {
    latest.current = handlers;
  });
  const key = topics.join("\n");
  React.useEffect(() => {
    if (!key || typeof EventSource === "undefined") return;
    const query = new URLSearchParams(key.split("\n").map((topic) => ["topic", topic]));
    const source = new EventSource(`/api/live?${query}`);
    const parse = <T>(event: Event): T => JSON.parse((event as MessageEvent<string>).data) as T;
    source.addEventListener("change", (event) => latest.current.onChange?.(parse<LiveChange>(event)));
    source.addEventListener("presence", (event) => latest.current.onPresence?.(parse<PresenceList>(event)));
    source.addEventListener("reset", () => latest.current.onReset?.());
    return () => source.close();
  }, [key]);
}
