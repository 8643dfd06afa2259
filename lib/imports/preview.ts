import "server-only";
// The wizard's preview: the first rows as they would be stored, each with its validation result and
// what the run would do (create, update, skip, fail) — the same decisions the job makes, written nowhere.
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { CustomerData } from "@/lib/customers/schemas";
import type { CheckedContact, RowIssue } from "@/lib/imports/check-row";
import { importConfig } from "@/lib/imports/config";
import { decideBatch } from "@/lib/imports/pipeline/decide";
import { loadImportPlan } from "@/lib/imports/pipeline/plan";
import { rejectTakenSecondaryKeys } from "@/lib/imports/pipeline/secondary-keys";
import { openStoredFile } from "@/lib/imports/pipeline/stage";
import type { StagedRow } from "@/lib/imports/pipeline/types";
import { findImport } from "@/lib/imports/queries";
import { parseImportRun } from "@/lib/imports/run-options";
import type { ImportRunInput } from "@/lib/imports/schemas";

export interface PreviewRow {
  rowNumber: number;
  action: "create" | "update" | "skip" | "fail" | "repeated";
  customer: CustomerData | null;
  contact: CheckedContact | null;
  issues: RowIssue[];
}

export async function previewImport(
  ctx: Ctx,
  id: string,
  input: ImportRunInput,
  limit = importConfig.previewRows,
): Promise<PreviewRow[]> {
  const file = await findImport(ctx, id);
  const run = parseImportRun(input, file.headers as string[]);
  const plan = await loadImportPlan(ctx, {
    ...file,
    mapping: run.mapping as never,
    mode: run.mode,
    matchOn: run.matchOn,
  });
  const rows: StagedRow[] = [];
  for await (const row of (await openStoredFile(file)).rows) {
    rows.push({ rowNumber: row.rowNumber, cells: row.cells });
    if (rows.length >= limit) break;
  }
  // The transaction only groups the lookups; the preview writes nothing.
  const decisions = await db.$transaction(async (tx) =>
    rejectTakenSecondaryKeys(tx, plan, await decideBatch(tx, plan, rows)),
  );
  const lastByKey = new Map<string, number>();
  decisions.forEach((d, i) => {
    const key = d.kind === "create" || d.kind === "update" ? String(d.data[plan.matchOn] ?? "").toLowerCase() : "";
    if (key) lastByKey.set(key, i);
  });
  return decisions.map((d, i): PreviewRow => {
    if (d.kind === "create" || d.kind === "update") {
      const key = String(d.data[plan.matchOn] ?? "").toLowerCase();
      const later = key ? lastByKey.get(key) : undefined;
      if (later !== undefined && later !== i) {
        const message = `Repeated in row ${decisions[later]!.row.rowNumber}, which will be imported instead`;
        return {
          rowNumber: d.row.rowNumber,
          action: "repeated",
          customer: d.data,
          contact: d.contact,
          issues: [{ column: null, message }],
        };
      }
      return { rowNumber: d.row.rowNumber, action: d.kind, customer: d.data, contact: d.contact, issues: [] };
    }
    return {
      rowNumber: d.row.rowNumber,
      action: d.kind === "fail" ? "fail" : "skip",
      customer: null,
      contact: null,
      issues: "issues" in d ? d.issues : [],
    };
  });
}
