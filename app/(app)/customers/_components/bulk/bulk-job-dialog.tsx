"use client";
// Progress of a bulk action running as a background job: polls it, shows done / total and the
// counters, and can cancel it (the batches already done stay done). Closing it leaves the job running.
import * as React from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Progress } from "@/components/ui/progress";
import { cancelJobAction, getJobAction } from "@/lib/jobs/actions";
import type { JobResource } from "@/lib/jobs/resource";
import { useDisplayPrefs } from "@/components/display-prefs";
import { formatNumber } from "@/lib/number-format";
import { showBulkDone } from "./bulk-undo";

const POLL_MS = 1000;
const finished = (job: JobResource) => ["completed", "failed", "cancelled"].includes(job.status);

const titles: Record<string, string> = {
  completed: "Bulk action done",
  failed: "Bulk action failed",
  cancelled: "Bulk action cancelled",
};

const statusText: Record<string, string> = {
  queued: "Waiting to start…",
  running: "Running…",
  completed: "Done.",
  failed: "Stopped by an error.",
  cancelled: "Cancelled. The customers changed before the cancel keep their changes.",
};

/** The reason it failed or was stopped; while running again after an interruption, which try this is. */
function describeJob(job: JobResource): string | undefined {
  if (job.error) return job.error;
  if (job.status === "running" && job.attempts > 1) return `Running again after an interruption (try ${job.attempts})…`;
  return statusText[job.status];
}

type BulkJobDialogProps = {
  job: JobResource | null;
  /** A tag or status change: once done, the toast offers Undo (the job's id names the change). */
  undoable: boolean;
  onClose: () => void;
};

export function BulkJobDialog({ job: initial, undoable, onClose }: BulkJobDialogProps) {
  const prefs = useDisplayPrefs();
  const router = useRouter();
  const [job, setJob] = React.useState<JobResource | null>(initial);
  const [cancelling, startCancel] = React.useTransition();
  if (initial && job?.id !== initial.id) setJob(initial);

  const jobId = job?.id;
  const done = job ? finished(job) : true;
  React.useEffect(() => {
    if (!jobId || done) return;
    const timer = setInterval(async () => {
      const result = await getJobAction({ id: jobId });
      if (!("data" in result)) return;
      setJob(result.data);
      if (finished(result.data)) {
        router.refresh();
        if (result.data.status === "completed")
          showBulkDone(
            `Bulk action done: ${result.data.updated} updated, ${result.data.skipped} skipped`,
            undoable && result.data.updated > 0 ? result.data.id : null,
            () => router.refresh(),
          );
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [jobId, done, router, undoable]);

  function cancel() {
    if (!jobId) return;
    startCancel(async () => {
      const result = await cancelJobAction({ id: jobId });
      if ("error" in result) toast.error(result.error.message);
      else setJob(result.data);
    });
  }

  const percent = job?.total ? Math.round((job.processed / job.total) * 100) : 0;
  return (
    <Dialog open={initial !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{(job && titles[job.status]) ?? "Bulk action in progress"}</DialogTitle>
          <DialogDescription>It runs in the background: you can close this window and keep working.</DialogDescription>
        </DialogHeader>
        {job ? (
          <div className="flex flex-col gap-3">
            <Progress value={percent} aria-label="Bulk action progress" />
            <p className="text-sm tabular-nums" aria-live="polite">
              {formatNumber(job.processed, prefs)} of {formatNumber(job.total ?? 0, prefs)} customers ·{" "}
              {formatNumber(job.updated, prefs)} updated · {formatNumber(job.skipped, prefs)} skipped
            </p>
            <p className="text-sm text-muted-foreground">{describeJob(job)}</p>
          </div>
        ) : null}
        <DialogFooter>
          {!done ? (
            <Button type="button" variant="outline" onClick={cancel} disabled={cancelling || job?.cancelRequested}>
              {job?.cancelRequested ? "Cancelling…" : "Cancel job"}
            </Button>
          ) : null}
          <Button type="button" onClick={onClose}>
            Close
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
