"use client";
// "Export personal data" (managers+): starts the subject access export, follows its job, then offers the ZIP
// (JSON and CSV of everything held about the customer and its contacts). The request is on the timeline.
import * as React from "react";
import { DownloadIcon } from "lucide-react";
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
import { getJobAction } from "@/lib/jobs/actions";
import type { JobResource } from "@/lib/jobs/resource";
import { startCustomerExportAction } from "@/lib/privacy/export-actions";

const POLL_MS = 1000;

const statusText: Record<string, string> = {
  queued: "Waiting to start…",
  running: "Collecting the customer's data…",
  completed: "Ready. The file stays available for 7 days.",
  failed: "The export failed.",
  cancelled: "The export was cancelled.",
};

type ExportDataDialogProps = {
  customer: { id: string; name: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

export function ExportDataDialog({ customer, open, onOpenChange }: ExportDataDialogProps) {
  const [job, setJob] = React.useState<JobResource | null>(null);
  const [starting, startTransition] = React.useTransition();
  const jobId = job?.id;
  const running = job?.status === "queued" || job?.status === "running";

  React.useEffect(() => {
    if (!jobId || !running) return;
    const timer = setInterval(async () => {
      const result = await getJobAction({ id: jobId });
      if ("data" in result) setJob(result.data);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [jobId, running]);

  const start = () =>
    startTransition(async () => {
      const result = await startCustomerExportAction({ customerId: customer.id });
      if ("error" in result) toast.error(result.error.message);
      else setJob(result.data);
    });

  const changeOpen = (next: boolean) => {
    onOpenChange(next);
    if (!next && !running) setJob(null);
  };

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Export {customer.name}&apos;s personal data</DialogTitle>
          <DialogDescription>
            A ZIP with everything held about this customer and its contacts — fields, contacts, timeline, aircraft and
            vehicle links, work orders, ownership and consent history, import rows and merges — as JSON and as CSV. The
            request is recorded on the customer&apos;s timeline.
          </DialogDescription>
        </DialogHeader>
        {job ? (
          <p className="text-sm" aria-live="polite">
            {job.error ? `${statusText[job.status]} ${job.error}` : statusText[job.status]}
          </p>
        ) : null}
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => changeOpen(false)}>
            Close
          </Button>
          {job?.status === "completed" ? (
            <Button asChild>
              <a href={`/api/v1/customers/${customer.id}/export/${job.id}`} download>
                <DownloadIcon aria-hidden="true" />
                Download ZIP
              </a>
            </Button>
          ) : (
            <Button type="button" onClick={start} disabled={starting || running}>
              {running ? "Preparing…" : "Start export"}
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
