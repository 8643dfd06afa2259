"use client";

// The viewer's DisplayPrefs (time zone, locale) for client components, provided once by the app layout from
// the server's getDisplayPrefs, so the browser formats exactly as the server did (lib/format.ts); and the
// "now" relative times count from: the server's render time while hydrating, then the browser's clock.
import { createContext, useContext, useSyncExternalStore } from "react";
import { defaultDisplayPrefs, type DisplayPrefs } from "@/lib/display-prefs";

const DisplayPrefsContext = createContext<{ prefs: DisplayPrefs; renderedAt: number | null }>({
  prefs: defaultDisplayPrefs,
  renderedAt: null,
});

export function DisplayPrefsProvider({
  value,
  renderedAt,
  children,
}: {
  value: DisplayPrefs;
  /** The server's render time (ms since the epoch): relative times hydrate with the text the server sent. */
  renderedAt: number;
  children: React.ReactNode;
}) {
  return <DisplayPrefsContext value={{ prefs: value, renderedAt }}>{children}</DisplayPrefsContext>;
}

export function useDisplayPrefs(): DisplayPrefs {
  return useContext(DisplayPrefsContext).prefs;
}

// One browser clock for every relative time on the page, ticking while any is shown.
const TICK_MS = 30_000;
let clock = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function tick() {
  clock = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(tick, TICK_MS);
  tick();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Now: the server's render time while rendering on the server and hydrating, then the ticking browser clock. */
export function useNow(): Date {
  const { renderedAt } = useContext(DisplayPrefsContext);
  const now = useSyncExternalStore(
    subscribe,
    () => clock,
    () => renderedAt ?? clock,
  );
  return new Date(now);
}
