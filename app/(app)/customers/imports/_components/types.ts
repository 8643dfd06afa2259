// What the import pages show (serializable from server to client components).
import type { PreviewRow } from "@/lib/imports/preview";
import type { ImportResource, ImportStatus } from "@/lib/imports/resource";

export type { ImportResource, ImportStatus };

export interface ImportIssueView {
  rowNumber: number;
  severity: "error" | "warning";
  messages: { column: string | null; message: string }[];
}

/** One previewed row: what the import would do with it, the values as they would be stored, or why not. */
export type PreviewRowView = Omit<PreviewRow, "customer"> & { customer: Record<string, unknown> | null };

/** Statuses during which the page keeps refreshing itself. */
export const activeStatuses: ReadonlySet<ImportStatus> = new Set(["queued", "running", "undoing"]);
