"use client";

// False during the server render and hydration, true once React handles events in the browser.
import { useEffect, useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * Marks the page `<html data-hydrated>` once React has hydrated it and handles events: the signal e2e
 * tests wait for after a full page load, as a click or keystroke that lands before it may be lost.
 */
export function HydrationMarker(): null {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
