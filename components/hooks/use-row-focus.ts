"use client";
// Where focus goes after a row action, so keyboard users never land on <body>: back to the row's "…"
// button (after Set as primary, Edit, or Escape from its dialog), or — once the row is gone — to the
// next row's button, the previous row's, or the first control of the section around the table.
import * as React from "react";

const TRIGGER = "[data-row-actions-trigger]";
const SCOPE = "section, [role=tabpanel], main";
const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), [tabindex="0"]';

/** The places focus may go, best first: the trigger, the rows after it, the rows before it, the section. */
function planFrom(trigger: HTMLElement): HTMLElement[] {
  const rows = Array.from(trigger.closest("table")?.querySelectorAll<HTMLElement>(TRIGGER) ?? []);
  const index = rows.indexOf(trigger);
  // Every section around it, innermost first: an inner one may leave with the table (an empty state replaces it).
  const scopes: HTMLElement[] = [];
  for (let at = trigger.parentElement?.closest<HTMLElement>(SCOPE); at; at = at.parentElement?.closest(SCOPE)) {
    scopes.push(at);
  }
  return [trigger, ...rows.slice(index + 1), ...rows.slice(0, Math.max(index, 0)).reverse(), ...scopes];
}

function focusFirstConnected(plan: HTMLElement[]) {
  for (const element of plan) {
    if (!element.isConnected || element.matches(":disabled")) continue;
    if (element.matches(TRIGGER)) return element.focus();
    // The section: its first control (e.g. "Link customer"), else the section itself.
    const control = element.querySelector<HTMLElement>(FOCUSABLE);
    if (control) return control.focus();
    element.tabIndex = -1;
    return element.focus();
  }
}

const focusLost = () => !document.activeElement || document.activeElement === document.body;

export type RowFocus = ReturnType<typeof useRowFocus>;

/**
 * For one row's actions menu: give `triggerRef` to its trigger (RowActionsMenu does when given this),
 * pass `onCloseAutoFocus` to the dialogs it opens, and the pending state of its actions. Call
 * `afterAction()` when an action starts: focus returns once it has finished (and the page refreshed),
 * or moves on to a neighbour when the row is removed.
 */
export function useRowFocus(isPending: boolean) {
  const triggerRef = React.useRef<HTMLButtonElement>(null);
  const plan = React.useRef<HTMLElement[]>([]);
  const awaiting = React.useRef(false);

  const remember = React.useCallback(() => {
    if (triggerRef.current) plan.current = planFrom(triggerRef.current);
  }, []);

  const restore = React.useCallback(() => {
    focusFirstConnected(plan.current);
    // A refresh that re-renders or moves the row may still take focus away; try once more after it.
    requestAnimationFrame(() => {
      if (focusLost()) focusFirstConnected(plan.current);
    });
  }, []);

  const afterAction = React.useCallback(() => {
    remember();
    awaiting.current = true;
  }, [remember]);

  // The action's transition is over (its page refresh committed): focus back to the row, if still lost.
  React.useEffect(() => {
    if (isPending || !awaiting.current) return;
    awaiting.current = false;
    if (focusLost() || document.activeElement === triggerRef.current) restore();
  }, [isPending, restore]);

  // The row was removed (unlinked, deleted): the trigger went with it, so a neighbour takes focus.
  React.useEffect(
    () => () => {
      if (!awaiting.current) return;
      const remembered = plan.current;
      setTimeout(() => {
        if (focusLost()) focusFirstConnected(remembered);
      }, 0);
    },
    [],
  );

  /** For a dialog opened from the menu: focus goes back to the row (or its neighbour), not to <body>. */
  const onCloseAutoFocus = React.useCallback(
    (event: Event) => {
      event.preventDefault();
      restore();
    },
    [restore],
  );

  return { triggerRef, remember, afterAction, onCloseAutoFocus };
}
