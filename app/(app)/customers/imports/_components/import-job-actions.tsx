"use client";

// Cancel a running import, or undo a finished one (after a confirmation).
import { useRouter } from "next/navigation";
import * as React from "react";
import { SquareIcon, Undo2Icon } from "lucide-react";
import { toast } from "sonner";

import { ConfirmDialog } from "@/components/confirm-dialog";
import { Button } from "@/components/ui/button";
import { cancelImportAction, undoImportAction } from "@/lib/imports/actions";
import type { ImportResource } from "./types";

export function ImportJobActions({ file }: { file: ImportResource }) {
  const router = useRouter();
  const [confirming, setConfirming] = React.useState(false);
  const [isPending, startTransition] = React.useTransition();
  const running = file.status === "queued" || file.status === "running";
  const finished = file.status === "completed" || file.status === "failed" || file.status === "cancelled";
  const changed = file.created + file.updated > 0;

  function cancel() {
    startTransition(async () => {
      const result = await cancelImportAction({ id: file.id });
      if ("error" in result) toast.error(result.error.message);
      else toast.success("Stopping the import after the current batch");
      router.refresh();
    });
  }

  function undo() {
    startTransition(async () => {
      const result = await undoImportAction({ id: file.id });
      setConfirming(false);
      if ("error" in result) toast.error(result.error.message);
      else toast.success("Undoing the import");
      router.refresh();
    });
  }

  return (
    <div className="flex flex-wrap gap-2">
      {running ? (
        <Button variant="outline" onClick={cancel} disabled={isPending || file.cancelRequested}>
          <SquareIcon aria-hidden="true" />
          {file.cancelRequested ? "Cancelling…" : "Cancel import"}
        </Button>
      ) : null}
      {finished && changed && !file.undo ? (
        <Button variant="outline" onClick={() => setConfirming(true)} disabled={isPending}>
          <Undo2Icon aria-hidden="true" />
          Undo import
        </Button>
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Undo this import?"
        description={`The ${file.created.toLocaleString("en-US")} customers it created are removed and the ${file.updated.toLocaleString("en-US")} it updated get their previous values back. Customers changed since the import are left as they are and listed.`}
        confirmLabel="Undo import"
        destructive
        isPending={isPending}
        onConfirm={undo}
      />
    </div>
  );
}
