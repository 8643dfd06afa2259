// An import's progress: rows done of total, and the created / updated / skipped / failed counts.
import { Progress } from "@/components/ui/progress";
import type { ImportResource } from "./types";

const number = (value: number) => value.toLocaleString("en-US");

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
        <span>
          {number(job.processed)} of {total === null ? "…" : number(total)} rows
        </span>
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
