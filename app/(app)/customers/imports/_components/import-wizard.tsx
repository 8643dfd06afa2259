"use client";

// Steps 2–4 of an import: map the file's columns, preview the first rows as they will be stored, run.
import { useRouter } from "next/navigation";
import * as React from "react";
import { ArrowLeftIcon, ArrowRightIcon, PlayIcon } from "lucide-react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { deleteImportMappingAction, saveImportMappingAction, startImportAction } from "@/lib/imports/actions";
import { applyMapping } from "@/lib/imports/map/apply";
import { proposeMapping, validateMapping, type ColumnMapping } from "@/lib/imports/map/propose";
import type { ColumnReading, DateFormatChoice, NumberFormatChoice } from "@/lib/imports/map/readings";
import { getImportTarget, type MappingTarget } from "@/lib/imports/map/targets";
import type { ImportMatchKey, ImportMode } from "@/lib/imports/schemas";
import { describeImportReadingsAction, previewImportAction } from "@/lib/imports/wizard-actions";
import { MappingProblems } from "./mapping-problems";
import { MappingTable } from "./mapping-table";
import { PreviewTable } from "./preview-table";
import { RunOptions } from "./run-options";
import { SavedMappings, type SavedMappingOption } from "./saved-mappings";
import type { PreviewRowView } from "./types";
import { ValueReadings } from "./value-readings";
import { WizardSteps } from "./wizard-steps";

type ImportWizardProps = {
  importId: string;
  headers: string[];
  samples: { rowNumber: number; cells: string[] }[];
  initialMapping: ColumnMapping[];
  savedMappings: SavedMappingOption[];
};

const NO_ROWS = "The file has column names but no rows below them. Add the customers and upload it again.";

function duplicatesOf(mapping: ColumnMapping[]): Set<MappingTarget> {
  const seen = new Set<MappingTarget>();
  const duplicates = new Set<MappingTarget>();
  for (const { target } of mapping) {
    if (target === "ignore" || target === "notes" || target === "tags") continue;
    if (seen.has(target)) duplicates.add(target);
    seen.add(target);
  }
  return duplicates;
}

export function ImportWizard({ importId, headers, samples, initialMapping, savedMappings }: ImportWizardProps) {
  const router = useRouter();
  const [mapping, setMapping] = React.useState(initialMapping);
  const [mode, setMode] = React.useState<ImportMode>("upsert");
  const [matchOn, setMatchOn] = React.useState<ImportMatchKey>("accountNumber");
  const [numberFormat, setNumberFormat] = React.useState<NumberFormatChoice>("auto");
  const [dateFormat, setDateFormat] = React.useState<DateFormatChoice>("auto");
  const [preview, setPreview] = React.useState<PreviewRowView[] | null>(null);
  const [readings, setReadings] = React.useState<ColumnReading[]>([]);
  const [error, setError] = React.useState<string[]>([]);
  const [isPending, startTransition] = React.useTransition();
  const problems = validateMapping(mapping);
  const run = { id: importId, mapping, mode, matchOn, numberFormat, dateFormat };
  const mapsValue = (kind: "number" | "date") =>
    mapping.some((entry) => entry.target !== "ignore" && getImportTarget(entry.target)?.value === kind);

  function loadPreview(next: Partial<typeof run>) {
    setError([]);
    startTransition(async () => {
      const [rows, read] = await Promise.all([
        previewImportAction({ ...run, ...next }),
        describeImportReadingsAction({ ...run, ...next }),
      ]);
      if ("error" in rows) setError(rows.error.fieldErrors?.mapping ?? [rows.error.message]);
      else setPreview(rows.data);
      setReadings("error" in read ? [] : read.data);
    });
  }

  /** Matching needs its column: fall back to the other key, or to create-only when neither is mapped. */
  function previewFitted() {
    const mapped = (target: MappingTarget) => mapping.some((entry) => entry.target === target);
    const other: ImportMatchKey = matchOn === "accountNumber" ? "email" : "accountNumber";
    const next = mapped(matchOn)
      ? { mode, matchOn }
      : mapped(other)
        ? { mode, matchOn: other }
        : { mode: "create" as const, matchOn };
    setMode(next.mode);
    setMatchOn(next.matchOn);
    loadPreview(next);
  }

  function start() {
    setError([]);
    startTransition(async () => {
      const result = await startImportAction(run);
      if ("error" in result) {
        setError(result.error.fieldErrors?.mapping ?? [result.error.message]);
        return;
      }
      toast.success("Import started");
      router.refresh();
    });
  }

  async function saveMapping(name: string) {
    const result = await saveImportMappingAction({ name, mapping });
    if ("error" in result) return { error: result.error.fieldErrors?.name?.[0] ?? result.error.message };
    router.refresh();
    return {};
  }

  async function deleteMapping(id: string) {
    const result = await deleteImportMappingAction({ id });
    if ("error" in result) return { error: result.error.message };
    router.refresh();
    return {};
  }

  const counts = preview ? countActions(preview) : null;

  if (preview) {
    return (
      <div className="flex flex-col gap-4">
        <WizardSteps current="Preview" />
        <RunOptions
          mode={mode}
          matchOn={matchOn}
          disabled={isPending}
          onModeChange={(value) => {
            setMode(value);
            loadPreview({ mode: value, matchOn });
          }}
          onMatchOnChange={(value) => {
            setMatchOn(value);
            loadPreview({ mode, matchOn: value });
          }}
          numberFormat={
            mapsValue("number")
              ? {
                  value: numberFormat,
                  onChange: (value) => {
                    setNumberFormat(value);
                    loadPreview({ numberFormat: value });
                  },
                }
              : undefined
          }
          dateFormat={
            mapsValue("date")
              ? {
                  value: dateFormat,
                  onChange: (value) => {
                    setDateFormat(value);
                    loadPreview({ dateFormat: value });
                  },
                }
              : undefined
          }
        />
        <p className="text-sm text-muted-foreground" aria-live="polite">
          The first {preview.length} rows as they will be stored: {counts}. Every row of the file is checked the same
          way when the import runs; invalid rows are skipped and listed for download.
        </p>
        <ValueReadings readings={readings} heading="How numbers and dates are read" />
        <MappingProblems problems={error} />
        <PreviewTable rows={withFileValues(preview, samples, mapping)} />
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" onClick={() => setPreview(null)} disabled={isPending}>
            <ArrowLeftIcon aria-hidden="true" />
            Back to mapping
          </Button>
          <Button onClick={start} disabled={isPending}>
            <PlayIcon aria-hidden="true" />
            Start import
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <WizardSteps current="Map columns" />
      <SavedMappings
        saved={savedMappings}
        onApply={(saved) => setMapping(proposeMapping(headers, saved))}
        onSave={saveMapping}
        onDelete={deleteMapping}
      />
      <p className="text-sm text-muted-foreground">
        {describeProposal(mapping)} Choose where each column goes: a field, Notes (kept as &ldquo;Header: value&rdquo;
        lines), or Ignore.
      </p>
      <MappingProblems problems={error.length > 0 ? error : samples.length === 0 ? [NO_ROWS, ...problems] : problems} />
      <MappingTable
        mapping={mapping}
        samples={samples.map((row) => row.cells)}
        duplicateTargets={duplicatesOf(mapping)}
        onChange={(column, target) =>
          setMapping((current) => current.map((entry) => (entry.column === column ? { ...entry, target } : entry)))
        }
      />
      <div>
        <Button onClick={previewFitted} disabled={isPending || problems.length > 0 || samples.length === 0}>
          Preview
          <ArrowRightIcon aria-hidden="true" />
        </Button>
      </div>
    </div>
  );
}

function describeProposal(mapping: ColumnMapping[]): string {
  const used = mapping.filter((entry) => entry.target !== "ignore").length;
  return `${used} of ${mapping.length} columns will be imported.`;
}

/** Rows the run would not store have no stored values: show the file's own values so the row can be found. */
function withFileValues(
  rows: PreviewRowView[],
  samples: { rowNumber: number; cells: string[] }[],
  mapping: ColumnMapping[],
): PreviewRowView[] {
  const cellsByRow = new Map(samples.map((sample) => [sample.rowNumber, sample.cells]));
  return rows.map((row) => {
    const cells = row.customer ? undefined : cellsByRow.get(row.rowNumber);
    if (!cells) return row;
    return { ...row, customer: applyMapping(cells, mapping).customer };
  });
}

function countActions(rows: PreviewRowView[]): string {
  const labels = {
    create: "to create",
    update: "to update",
    unchanged: "unchanged",
    skip: "skipped",
    fail: "invalid",
  };
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.action, (counts.get(row.action) ?? 0) + 1);
  return [...counts].map(([action, count]) => `${count} ${labels[action as keyof typeof labels]}`).join(", ");
}
