// Import test helpers: upload CSV text as the browser or an integrator would, run the job, read the result.
import type { Ctx } from "@/lib/auth/context";
import { runPendingJobs } from "@/lib/jobs";
import { getImport } from "@/lib/imports/queries";
import { startImport } from "@/lib/imports/mutations";
import type { ImportRunInput } from "@/lib/imports/schemas";
import { createImportFromUpload } from "@/lib/imports/upload";

export async function* bytes(text: string | Buffer, pieceSize = 64 * 1024): AsyncGenerator<Uint8Array> {
  const buffer = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  for (let i = 0; i < buffer.length; i += pieceSize) yield buffer.subarray(i, i + pieceSize);
}

export const csv = (rows: string[][]) =>
  rows
    .map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(","))
    .join("\r\n") + "\r\n";

export function upload(ctx: Ctx, text: string | Buffer, filename = "customers.csv") {
  return createImportFromUpload(ctx, bytes(text), { filename, contentType: "text/csv" });
}

/** Uploads, starts with the proposed mapping (or `run`), runs the job to the end, returns the import. */
export async function importCsv(ctx: Ctx, text: string, run: Partial<ImportRunInput> = {}) {
  const uploaded = await upload(ctx, text);
  await startImport(ctx, uploaded.id, { mapping: uploaded.proposedMapping, ...run });
  await runPendingJobs({ limit: 10 });
  return getImport(ctx, uploaded.id);
}
