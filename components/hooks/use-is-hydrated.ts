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
 * Marks the page `<html data-hydrated>` once React has hydrated its shell (the root layout) and handles
 * events: the signal e2e tests wait for after a full page load, as a click or keystroke that lands before
 * it may be lost. Content streamed into a Suspense boundary (a loading.tsx) hydrates later; the tests'
 * expectHydrated (tests/e2e/support.ts) waits for the element it is given as well.
 */
export function HydrationMarker(): null {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
