"use client";
// Warns before typed changes are lost. While a form is dirty: closing or reloading the tab asks the
// browser's own question (beforeunload); a click on a link to another page of the app, and Back or
// Forward, ask "Discard unsaved changes?" first. The App Router has no blocking API, so links are caught
// in the capture phase (before <Link> sees the click) and Back is held by one extra history entry.
import * as React from "react";
import { useFormContext, useFormState } from "react-hook-form";

import { ConfirmDialog } from "@/components/confirm-dialog";

/** Marks the extra history entry that holds Back while a form is dirty. */
const HOLD = "unsavedChangesHold";

/** The link whose plain left click would open another same-origin page, or null (new tab, download, same page). */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = (event.target as Element | null)?.closest?.("a[href]");
  if (!(anchor instanceof HTMLAnchorElement)) return null;
  if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  if (url.pathname === window.location.pathname && url.search === window.location.search) return null;
  return anchor;
}

type UnsavedChanges = {
  /** Asks first when dirty; runs `discard` at once when not, or when the user chooses Discard. */
  confirmDiscard: (discard: () => void) => void;
  /** The confirm dialog, to render once. */
  dialog: React.ReactNode;
};

export function useUnsavedChanges(dirty: boolean): UnsavedChanges {
  const [pending, setPending] = React.useState<(() => void) | null>(null);
  const onKeep = React.useRef<(() => void) | null>(null);
  const leaving = React.useRef(false);

  const confirmDiscard = React.useCallback(
    (discard: () => void) => {
      if (dirty) setPending(() => discard);
      else discard();
    },
    [dirty],
  );

  React.useEffect(() => {
    if (!dirty) return;
    leaving.current = false;

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };

    const onClick = (event: MouseEvent) => {
      const link = leaving.current ? null : leavingLink(event);
      if (!link) return;
      // Before <Link>'s own handler (React listens on the root, below the document).
      event.preventDefault();
      event.stopImmediatePropagation();
      onKeep.current = null;
      setPending(() => () => {
        // The same click again, let through this time: <Link> navigates as it would have (push or replace).
        if (!link.isConnected) return window.location.assign(link.href);
        leaving.current = true;
        link.click();
        leaving.current = false;
      });
    };

    // Back (or Forward) left the hold entry for the form's own entry (same URL): keep the router out of
    // it until the user chooses. Keep editing puts the hold back; Discard goes back for real.
    const onPopState = (event: PopStateEvent) => {
      if (leaving.current) return;
      event.stopImmediatePropagation();
      onKeep.current = () => window.history.pushState({ [HOLD]: true }, "");
      setPending(() => () => {
        leaving.current = true;
        window.history.back();
      });
    };

    if (!window.history.state?.[HOLD]) window.history.pushState({ [HOLD]: true }, "");
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, { capture: true });
    // Capture at the window runs before the router's own popstate listener there.
    window.addEventListener("popstate", onPopState, { capture: true });
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, { capture: true });
      window.removeEventListener("popstate", onPopState, { capture: true });
    };
  }, [dirty]);

  const keep = () => {
    onKeep.current?.();
    onKeep.current = null;
    setPending(null);
  };

  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      onOpenChange={(open) => (open ? null : keep())}
      title="Discard unsaved changes?"
      description="Your changes have not been saved. Keep editing to save them, or discard them and leave."
      confirmLabel="Discard"
      cancelLabel="Keep editing"
      destructive
      isPending={false}
      onConfirm={() => {
        const discard = pending;
        onKeep.current = null;
        setPending(null);
        discard?.();
      }}
    />
  );

  return { confirmDiscard, dialog };
}

/** For a page form, inside its FormProvider: guards while the form differs from what was loaded or saved. */
export function UnsavedChangesGuard() {
  const { control } = useFormContext();
  const { isDirty } = useFormState({ control });
  return useUnsavedChanges(isDirty).dialog;
}
