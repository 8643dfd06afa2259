"use client";

// The toast a finished bulk action shows — with Undo for tag and status changes, and the rule undo follows —
// and what undoing then reports.
import { toast } from "sonner";

import { undoBulkChangeAction } from "@/lib/customers/bulk/actions";
import { bulkUndoRule, type BulkUndoResult } from "@/lib/customers/bulk/schemas";

const plural = (n: number) => `${n} ${n === 1 ? "customer" : "customers"}`;

function describeUndo({ restored, kept }: BulkUndoResult): string {
  const done = `Undone: ${plural(restored)} restored`;
  return kept > 0 ? `${done}; ${plural(kept)} changed since kept their newer values` : done;
}

/** `undoId`: the bulk change to undo (the result's undoId, or the job's id); null offers no Undo. */
export function showBulkDone(message: string, undoId: string | null, refresh: () => void) {
  if (!undoId) {
    toast.success(message);
    return;
  }
  const undo = async () => {
    const result = await undoBulkChangeAction({ id: undoId });
    if ("error" in result) toast.error(result.error.message);
    else toast.success(describeUndo(result.data));
    refresh();
  };
  toast.success(message, {
    description: bulkUndoRule,
    duration: 10_000,
    action: { label: "Undo", onClick: () => void undo() },
  });
}
