// A started import: live progress, how its numbers and dates are read, cancel/undo, the undo's outcome and
// the failed rows with their reasons.
import { DownloadIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { AutoRefresh } from "./auto-refresh";
import { ImportJobActions } from "./import-job-actions";
import { ImportProgress } from "./import-progress";
import { IssuesPager } from "./issues-pager";
import { IssuesTable } from "./issues-table";
import { activeStatuses, type ImportIssueView, type ImportResource } from "./types";
import { ValueReadings } from "./value-readings";
import { WizardSteps } from "./wizard-steps";

type ImportJobViewProps = {
  file: ImportResource;
  errors: { rows: ImportIssueView[]; total: number; page?: number; perPage?: number; pageCount?: number };
  warnings: { rows: ImportIssueView[]; total: number };
  errorsCsvUrl: string;
};

const number = (value: number) => value.toLocaleString("en-US");

export function ImportJobView({ file, errors, warnings, errorsCsvUrl }: ImportJobViewProps) {
  const active = activeStatuses.has(file.status);
  return (
    <div className="flex flex-col gap-6">
      <AutoRefresh active={active} />
      <WizardSteps current="Import" />
      <section aria-labelledby="progress-heading" className="flex flex-col gap-4 rounded-lg border p-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="progress-heading" className="text-lg font-semibold">
            Progress
          </h2>
          <ImportJobActions file={file} />
        </div>
        <ImportProgress job={file} label="Import progress" />
        <ValueReadings readings={file.readings ?? []} heading="How numbers and dates are read" />
        {file.undo ? (
          <p className="text-sm" aria-live="polite">
            {file.undo.status === "completed"
              ? `Undone: ${number(file.undo.removed)} created customers removed, ${number(file.undo.restored)} restored${
                  file.undo.skipped > 0 ? `, ${number(file.undo.skipped)} left alone because they changed since` : ""
                }.`
              : file.undo.status === "failed"
                ? `The undo failed: ${file.undo.error ?? "unknown error"}`
                : "Undoing the import…"}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="failed-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="failed-heading" className="text-lg font-semibold">
            Failed rows ({number(errors.total)})
          </h2>
          {errors.total > 0 ? (
            <Button asChild variant="outline">
              <a href={errorsCsvUrl} download>
                <DownloadIcon aria-hidden="true" />
                Download failed rows (CSV)
              </a>
            </Button>
          ) : null}
        </div>
        {errors.total > 0 ? (
          <>
            <p className="text-sm text-muted-foreground">
              Fix these rows in the downloaded file (it has your columns plus an &ldquo;error&rdquo; column) and import
              it again.
            </p>
            <IssuesTable issues={errors.rows} caption="Failed rows" />
            <IssuesPager
              page={errors.page ?? 1}
              pageCount={errors.pageCount ?? 1}
              total={errors.total}
              perPage={errors.perPage ?? errors.rows.length}
            />
          </>
        ) : (
          <p className="text-sm text-muted-foreground">{active ? "None so far." : "No row failed."}</p>
        )}
      </section>
      {warnings.total > 0 ? (
        <section aria-labelledby="warnings-heading" className="flex flex-col gap-3">
          <h2 id="warnings-heading" className="text-lg font-semibold">
            Warnings ({number(warnings.total)})
          </h2>
          <IssuesTable issues={warnings.rows} caption="Warnings" />
        </section>
      ) : null}
    </div>
  );
}
