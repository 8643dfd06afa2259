// Shared setup for the export tests: run an export and read the file back (CSV parsed, XLSX via exceljs).
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import type { Ctx } from "@/lib/auth/context";
import { exportCustomers, type ExportOptions } from "@/lib/customers/export/stream";
import { parseExportRequest } from "@/lib/customers/export/schemas";

async function exportBytes(ctx: Ctx, query: Record<string, string>, options: ExportOptions = {}) {
  const file = await exportCustomers(ctx, parseExportRequest(new URLSearchParams(query)), options);
  return { file, bytes: new Uint8Array(await new Response(file.body).arrayBuffer()) };
}

/** The CSV as rows of strings (header first); the BOM is checked and stripped. */
export async function exportCsv(ctx: Ctx, query: Record<string, string>, options: ExportOptions = {}) {
  const { bytes } = await exportBytes(ctx, { ...query, format: "csv" }, options);
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  if (!text.startsWith("\uFEFF")) throw new Error("CSV export must start with a UTF-8 BOM");
  const rows = parse(text.slice(1), { relax_column_count: false }) as string[][];
  return { header: rows[0]!, rows: rows.slice(1), text };
}

/** Each sheet as rows of cell values (header first). */
export async function exportXlsx(ctx: Ctx, query: Record<string, string>) {
  const { bytes } = await exportBytes(ctx, { ...query, format: "xlsx" });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheets: Record<string, unknown[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    sheets[sheet.name] = rows;
  });
  return { workbook, sheets };
}

/** The values of one column (by header) in the data rows. */
export function columnOf(header: string[], rows: string[][], name: string): string[] {
  const index = header.indexOf(name);
  if (index < 0) throw new Error(`No column "${name}" in ${header.join(", ")}`);
  return rows.map((row) => row[index]!);
}
