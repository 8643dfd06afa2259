// Settings → Privacy: what the last nightly retention run did, rule by rule, or when the first one will run.
import { DetailItem, DetailList } from "@/components/detail-section";
import { LocalDate } from "@/components/time";
import { describeCounts } from "@/lib/format";
import type { RetentionRun } from "@/lib/privacy/retention-schedule";

const statusLabels: Record<RetentionRun["status"], string> = {
  queued: "Waiting to run",
  running: "Running",
  completed: "Completed",
  failed: "Failed",
  cancelled: "Cancelled",
};

function describeRun(counts: NonNullable<RetentionRun["counts"]>): string {
  const done = describeCounts([
    [counts.activitiesDeleted, "hand-logged activity deleted", "hand-logged activities deleted"],
    [counts.importsPurged, "import purged", "imports purged"],
    [counts.exportsDeleted, "expired data export deleted", "expired data exports deleted"],
    [counts.customersErased, "archived customer erased", "archived customers erased"],
  ]);
  const failed = counts.customersFailed > 0 ? ` ${counts.customersFailed} could not be erased.` : "";
  return `${done ?? "Nothing was due."}${failed}`;
}

export function RetentionRunSummary({ run }: { run: RetentionRun | null }) {
  return (
    <section aria-labelledby="retention-run-heading" className="max-w-3xl rounded-xl border bg-card p-6 shadow-xs">
      <h2 id="retention-run-heading" className="mb-3 text-base font-semibold">
        Last retention run
      </h2>
      {run ? (
        <DetailList>
          <DetailItem label="Status">{statusLabels[run.status]}</DetailItem>
          <DetailItem label="Started">
            <LocalDate date={run.queuedAt} withTime />
          </DetailItem>
          <DetailItem label="Finished">
            {run.finishedAt ? <LocalDate date={run.finishedAt} withTime /> : null}
          </DetailItem>
          <DetailItem label="Result">{run.counts ? describeRun(run.counts) : null}</DetailItem>
          {run.error ? <DetailItem label="Error">{run.error}</DetailItem> : null}
        </DetailList>
      ) : (
        <p className="text-sm text-muted-foreground">
          Not run yet. The periods above are applied every night after 02:00 in the organization&apos;s time zone.
        </p>
      )}
    </section>
  );
}
