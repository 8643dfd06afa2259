"use client";
// The header's search button ("Search… Ctrl K"; an icon on phones) and the palette's keyboard shortcuts:
// Ctrl/⌘+K anywhere, "/" when not typing. The palette's code loads once the page is idle, not with it.
import * as React from "react";
import dynamic from "next/dynamic";
import { SearchIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useIsHydrated } from "@/components/hooks/use-is-hydrated";
import type { Role } from "@/lib/auth/permissions";

const loadPalette = () => import("./command-palette");
const CommandPalette = dynamic(() => loadPalette().then((module) => module.CommandPalette), { ssr: false });

/** Keys typed here are text: "/" must reach the field, not open the palette. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["button", "checkbox", "radio", "submit", "reset", "file", "color", "range"].includes(target.type);
  }
  return target.closest('[role="textbox"], [role="combobox"], [role="searchbox"]') !== null;
}

/** Another dialog or menu is open: its keys are its own. */
const anotherLayerIsOpen = () =>
  document.querySelector(
    '[role="dialog"][data-state="open"], [role="alertdialog"][data-state="open"], [role="menu"]',
  ) !== null;

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function SearchButton({ role }: { role: Role }) {
  const [open, setOpen] = React.useState(false);
  const [loaded, setLoaded] = React.useState(false);
  const trigger = React.useRef<HTMLButtonElement>(null);
  const hydrated = useIsHydrated();
  const shortcut = hydrated && isMac() ? "⌘K" : "Ctrl K";

  const show = React.useCallback(() => {
    setLoaded(true);
    setOpen(true);
  }, []);

  React.useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1500));
    idle(() => void loadPalette());
  }, []);

  React.useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing || event.altKey) return;
      const commandK = event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey) && !event.shiftKey;
      const slash = event.key === "/" && !event.metaKey && !event.ctrlKey && !isTypingTarget(event.target);
      if (!commandK && !slash) return;
      if (open) {
        if (commandK) {
          event.preventDefault();
          setOpen(false);
        }
        return;
      }
      if (anotherLayerIsOpen()) return;
      event.preventDefault();
      show();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open, show]);

  return (
    <>
      <Button
        ref={trigger}
        type="button"
        variant="outline"
        size="icon"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={show}
        className="text-muted-foreground sm:w-56 sm:justify-start sm:px-3 md:w-44 lg:w-64"
      >
        <SearchIcon aria-hidden="true" />
        <span className="sr-only sm:not-sr-only sm:flex-1 sm:text-left">Search…</span>
        <kbd
          aria-hidden="true"
          className="pointer-events-none hidden rounded border px-1.5 font-sans text-[0.7rem] font-medium sm:inline"
        >
          {shortcut}
        </kbd>
      </Button>
      {loaded ? <CommandPalette open={open} onOpenChange={setOpen} role={role} returnFocusTo={trigger} /> : null}
    </>
  );
}
