// An import's status as a badge: draft, queued, running, completed, failed, cancelled, undoing, undone.
import { Badge } from "@/components/ui/badge";
import type { ImportStatus } from "./types";

const labels: Record<ImportStatus, string> = {
  draft: "Not started",
  queued: "Queued",
  running: "Running",
  completed: "Completed",
  failed: "Failed",
  cancelled: "Cancelled",
  undoing: "Undoing…",
  undone: "Undone",
};

export function ImportStatusBadge({ status, cancelRequested }: { status: ImportStatus; cancelRequested?: boolean }) {
  const cancelling = status === "running" && cancelRequested;
  const variant = status === "failed" ? "destructive" : status === "completed" ? "default" : "secondary";
  return <Badge variant={variant}>{cancelling ? "Cancelling…" : labels[status]}</Badge>;
}
