"use client";

// Runs a server action on one record (archive, restore, delete, revoke…) in a transition and reports
// the outcome as a toast — with Undo when the action has an inverse (archive → restore).
import * as React from "react";
import { toast } from "sonner";

import type { ActionResult } from "@/lib/safe-action";

export type RecordAction = (input: { id: string }) => Promise<ActionResult<{ id: string }>>;

interface UndoOption<I> {
  /** The inverse action, run with the same input when Undo in the success toast is pressed. */
  action: (input: I) => Promise<ActionResult<unknown>>;
  /** The toast once it is undone ("Customer restored"). */
  message: string;
}

export function useRecordAction<I>(
  action: (input: I) => Promise<ActionResult<unknown>>,
  successMessage: string,
  undo?: UndoOption<I>,
) {
  const [isPending, startTransition] = React.useTransition();

  /** A refusal (no permission, already archived, still referenced) is shown with the server's message. */
  const run = React.useCallback(
    (input: I, onSuccess?: () => void) =>
      startTransition(async () => {
        const result = await action(input);
        if ("error" in result) {
          toast.error(result.error.message);
          return;
        }
        // The record may be gone from the page by the time Undo is pressed: the undo depends only on `input`.
        const revert = undo
          ? async () => {
              const undone = await undo.action(input);
              if ("error" in undone) toast.error(undone.error.message);
              else toast.success(undo.message);
            }
          : null;
        toast.success(
          successMessage,
          revert ? { duration: 10_000, action: { label: "Undo", onClick: () => void revert() } } : undefined,
        );
        onSuccess?.();
      }),
    [action, successMessage, undo],
  );

  return { run, isPending };
}
