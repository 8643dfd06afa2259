"use client";

// Runs a server action on one record (archive, restore, delete, revoke…) in a transition and reports
// the outcome as a toast.
import * as React from "react";
import { toast } from "sonner";

import type { ActionResult } from "@/lib/safe-action";

export type RecordAction = (input: { id: string }) => Promise<ActionResult<{ id: string }>>;

export function useRecordAction<I>(action: (input: I) => Promise<ActionResult<unknown>>, successMessage: string) {
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
        toast.success(successMessage);
        onSuccess?.();
      }),
    [action, successMessage],
  );

  return { run, isPending };
}
