"use client";
// After a client-side navigation to another page, focus moves to the new page's main heading (or to
// <main> if it has none), so keyboard and screen-reader users start reading the page they asked for
// instead of at the top of the document; Next's route announcer reads the new title. The first load and
// search-param changes (filters, tabs) leave focus alone, as does a page that focused something itself
// (an autofocused field) or an open dialog or menu.
import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";

// How long a streamed page (a loading skeleton first) may take to render its heading.
const HEADING_WAIT_MS = 30_000;

/** Focus that the new page, a dialog or a menu holds: not ours to move. */
function focusedElsewhere(main: HTMLElement): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || active === main) return false;
  return main.contains(active) || active.closest("[role=dialog], [role=alertdialog], [role=menu]") !== null;
}

export function RouteFocus() {
  const pathname = usePathname();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById("main");
    if (!main) return;

    let heading: HTMLElement | null = null;
    // Focuses the heading, again if a skeleton's content is replaced by the page's, until the person acts.
    const settle = () => {
      if (heading?.isConnected && document.activeElement === heading) return;
      if (focusedElsewhere(main)) return stop();
      heading = main.querySelector<HTMLElement>("h1");
      if (!heading) return;
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    };
    const observer = new MutationObserver(settle);
    const timer = window.setTimeout(() => {
      stop();
      if (!main.querySelector("h1") && !focusedElsewhere(main)) main.focus({ preventScroll: true });
    }, HEADING_WAIT_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
      document.removeEventListener("pointerdown", stop, true);
      document.removeEventListener("keydown", stop, true);
    }
    document.addEventListener("pointerdown", stop, true);
    document.addEventListener("keydown", stop, true);
    observer.observe(main, { childList: true, subtree: true });
    settle();
    return stop;
  }, [pathname]);

  return null;
}
