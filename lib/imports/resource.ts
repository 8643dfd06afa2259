// An import as the REST API and the wizard show it: the file, how it runs, and its state and counters
// (taken from its jobs: no job yet = draft; a completed undo = undone).
import type { CustomerImport, Job } from "@/lib/generated/prisma/client";
import type { ColumnReading } from "@/lib/imports/map/readings";

export type ImportStatus = "draft" | "queued" | "running" | "completed" | "failed" | "cancelled" | "undoing" | "undone";

function importStatus(job: Job | null, undo: Job | null): ImportStatus {
  if (undo?.status === "completed") return "undone";
  if (undo && (undo.status === "queued" || undo.status === "running")) return "undoing";
  return job?.status ?? "draft";
}

/** Where a running import is: reading (staging) the file, or writing rows; and the last row read. */
function phaseOf(job: Job | null): { phase: "reading" | "writing" | null; rowsRead: number | null } {
  const cursor = job?.cursor as { phase?: string; row?: number } | null | undefined;
  if (!cursor?.phase) return { phase: null, rowsRead: null };
  return cursor.phase === "stage"
    ? { phase: "reading", rowsRead: cursor.row ?? 0 }
    : { phase: "writing", rowsRead: job?.total ?? null };
}

export function toImportResource(file: CustomerImport, job: Job | null, undo: Job | null) {
  return {
    id: file.id,
    filename: file.filename,
    byteSize: file.byteSize,
    format: file.format,
    delimiter: file.delimiter,
    encoding: file.encoding,
    headers: file.headers as string[],
    mapping: file.mapping,
    mode: file.mode,
    matchOn: file.matchOn,
    numberFormat: file.numberFormat,
    dateFormat: file.dateFormat,
    readings: file.readings as ColumnReading[] | null,
    status: importStatus(job, undo),
    ...phaseOf(job),
    total: job?.total ?? null,
    processed: job?.processed ?? 0,
    created: job?.created ?? 0,
    updated: job?.updated ?? 0,
    skipped: job?.skipped ?? 0,
    failed: job?.failed ?? 0,
    warnings: job?.warnings ?? 0,
    error: job?.error ?? null,
    cancelRequested: job?.cancelRequestedAt != null,
    jobId: file.jobId,
    undo: undo
      ? { status: undo.status, removed: undo.created, restored: undo.updated, skipped: undo.skipped, error: undo.error }
      : null,
    startedAt: job?.startedAt?.toISOString() ?? null,
    finishedAt: job?.finishedAt?.toISOString() ?? null,
    createdAt: file.createdAt.toISOString(),
  };
}

export type ImportResource = ReturnType<typeof toImportResource>;
