// What the import job carries from batch to batch.
import type { Ctx } from "@/lib/auth/context";
import type { ColumnMapping } from "@/lib/imports/map/propose";
import type { ColumnFormats, ColumnReading } from "@/lib/imports/map/readings";
import type { RowIssue, RowRules } from "@/lib/imports/check-row";
import type { ImportMode } from "@/lib/imports/schemas";

export interface ImportPlan extends RowRules {
  importId: string;
  filename: string;
  mode: ImportMode;
  mapping: ColumnMapping[];
  /** How each number and date column reads, and why (shown to people); `formats` is the same for applyMapping. */
  readings: ColumnReading[];
  formats: ColumnFormats;
  ctx: Ctx;
}

export interface StagedRow {
  rowNumber: number;
  cells: string[];
}

export interface BatchCounts {
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  warnings: number;
}

export interface IssueRow {
  importId: string;
  rowNumber: number;
  severity: "error" | "warning";
  messages: RowIssue[];
  cells: string[] | null;
}

export const emptyCounts = (): BatchCounts => ({
  processed: 0,
  created: 0,
  updated: 0,
  skipped: 0,
  failed: 0,
  warnings: 0,
});

export function addCounts(a: BatchCounts, b: BatchCounts): BatchCounts {
  return {
    processed: a.processed + b.processed,
    created: a.created + b.created,
    updated: a.updated + b.updated,
    skipped: a.skipped + b.skipped,
    failed: a.failed + b.failed,
    warnings: a.warnings + b.warnings,
  };
}
