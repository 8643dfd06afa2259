// An import's progress: rows done of total, and the created / updated / skipped / failed counts.
import { Progress } from "@/components/ui/progress";
import type { ImportResource } from "./types";

const number = (value: number) => value.toLocaleString("en-US");

/** Reading the file comes first (its row count is known only at the end), then rows are written. */
function describe(job: ImportResource): string {
  if (job.status === "queued") return "Waiting to start…";
  if (job.status === "running" && job.phase === "reading") {
    return `Reading the file: ${number(job.rowsRead ?? 0)} rows read`;
  }
  return `${number(job.processed)} of ${job.total === null ? "…" : number(job.total)} rows`;
}

export function ImportProgress({ job, label }: { job: ImportResource; label: string }) {
  const total = job.total ?? null;
  const done = job.status === "completed";
  const percent = total ? Math.min(100, Math.round((job.processed / total) * 100)) : done ? 100 : 0;
  const counts = [
    ["Created", job.created],
    ["Updated", job.updated],
    ["Skipped", job.skipped],
    ["Failed", job.failed],
    ["Warnings", job.warnings],
  ] as const;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center justify-between text-sm">
        <span>{describe(job)}</span>
        <span className="tabular-nums">{percent}%</span>
      </div>
      <Progress value={percent} aria-label={label} />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {counts.map(([name, value]) => (
          <div key={name} className="rounded-md border p-3">
            <dt className="text-xs text-muted-foreground">{name}</dt>
            <dd className="text-xl font-semibold tabular-nums" aria-label={`${name}: ${value}`}>
              {number(value)}
            </dd>
          </div>
        ))}
      </dl>
      {job.error ? (
        <p role="alert" className="text-sm text-destructive">
          {job.error}
        </p>
      ) : null}
    </div>
  );
}
