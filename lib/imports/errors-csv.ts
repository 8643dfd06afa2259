import "server-only";
// The failed rows of an import as a CSV to fix and import again: the file's own columns with each
// row's cells as uploaded, plus an "error" column; read in keyset pages, written by the app's one CSV
// writer (lib/csv.ts) as the client reads.
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { csvStream } from "@/lib/csv";
import type { RowIssue } from "@/lib/imports/check-row";
import { findImport } from "@/lib/imports/queries";

const PAGE = 1000;

function describeIssues(messages: RowIssue[]): string {
  return messages.map((m) => (m.column ? `${m.column}: ${m.message}` : m.message)).join("; ");
}

async function* errorRows(importId: string, width: number) {
  for (let after = 0; ;) {
    const rows = await db.importRowIssue.findMany({
      where: { importId, severity: "error", rowNumber: { gt: after } },
      orderBy: { rowNumber: "asc" },
      take: PAGE,
      select: { rowNumber: true, cells: true, messages: true },
    });
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.rowNumber;
    yield rows.map((row) => {
      const cells = Array.from({ length: width }, (_, i) => row.cells[i] ?? "");
      return [...cells, describeIssues(row.messages as unknown as RowIssue[])];
    });
  }
}

/** The error file's name: "customers.csv" → "customers-errors.csv". */
function errorsFilename(filename: string): string {
  return `${filename.replace(/\.[^.]*$/, "")}-errors.csv`;
}

export async function streamImportErrors(
  ctx: Ctx,
  id: string,
): Promise<{ filename: string; body: ReadableStream<Uint8Array> }> {
  const file = await findImport(ctx, id);
  const headers = file.headers as string[];
  return {
    filename: errorsFilename(file.filename),
    body: csvStream([...headers, "error"], errorRows(file.id, headers.length)),
  };
}
