"use client";
// The duplicates scan: when it last finished and what it found, "Scan now", and while it runs its
// step and progress (the page re-renders every second until it ends).
import * as React from "react";
import { useRouter } from "next/navigation";
import { RefreshCwIcon } from "lucide-react";
import { toast } from "sonner";

import { RelativeTime } from "@/components/time";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import { startDuplicateScanAction } from "@/lib/duplicate-pairs/actions";
import { scanStepLabels } from "@/lib/duplicate-pairs/schemas";
import { AutoRefresh } from "../../imports/_components/auto-refresh";

export interface ScanView {
  status: "queued" | "running" | "completed" | "failed" | "cancelled" | null;
  processed: number;
  total: number | null;
  /** Pairs the scan stored, once completed. */
  pairs: number | null;
  error: string | null;
  lastCompletedAt: Date | null;
}

function ScanProgress({ scan }: { scan: ScanView }) {
  const steps = scanStepLabels.length;
  const step = Math.min(scan.processed, steps - 1);
  const label =
    scan.status === "queued" ? "Waiting to start…" : `${scanStepLabels[step]} (step ${step + 1} of ${steps})…`;
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      <p className="text-sm">{label}</p>
      <Progress value={Math.round((scan.processed / steps) * 100)} aria-label="Duplicate scan progress" />
    </div>
  );
}

export function ScanPanel({ scan }: { scan: ScanView }) {
  const router = useRouter();
  const [isPending, startTransition] = React.useTransition();
  const active = scan.status === "queued" || scan.status === "running";

  function scanNow() {
    startTransition(async () => {
      const result = await startDuplicateScanAction({});
      if ("error" in result) toast.error(result.error.message);
      else router.refresh();
    });
  }

  return (
    <section aria-label="Duplicate scan" className="flex flex-col gap-3 rounded-lg border p-4">
      <AutoRefresh active={active} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">
          {scan.lastCompletedAt ? (
            <>
              Last scan finished <RelativeTime date={scan.lastCompletedAt} />
              {scan.pairs !== null ? ` · ${scan.pairs.toLocaleString()} pairs found` : null}
            </>
          ) : (
            "No scan has run yet."
          )}{" "}
          Scans also run after each import.
        </p>
        <Button type="button" variant="outline" size="sm" onClick={scanNow} disabled={isPending || active}>
          <RefreshCwIcon aria-hidden="true" className={active ? "animate-spin" : undefined} />
          {active ? "Scanning…" : "Scan now"}
        </Button>
      </div>
      {active ? <ScanProgress scan={scan} /> : null}
      {scan.status === "failed" && scan.error ? (
        <p role="alert" className="text-sm text-destructive">
          The last scan failed: {scan.error}
        </p>
      ) : null}
    </section>
  );
}
