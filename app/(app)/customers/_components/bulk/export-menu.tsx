"use client";
// "Export" on the customers toolbar: CSV or Excel of the current view (filters, search, sort, visible
// columns) — or of the ticked rows when any are. The browser downloads the streamed file with its session.
import * as React from "react";
import type { Table } from "@tanstack/react-table";
import { DownloadIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useTableUrlState } from "@/components/data-table/use-table-url-state";
import { exportColumnIds } from "@/lib/customers/export/columns";
import { columnSort, customerListCodec, type CustomerListParams } from "@/lib/customers/list-params";
import { formatSort } from "@/lib/list-params";
import type { ExportFormat } from "@/lib/customers/export/schemas";
import { currentFilter, useBulkSelection } from "./selection-context";

/** The export URL for the current view; `ids` when rows are ticked (and not "all matching"). */
function exportHref(
  params: CustomerListParams,
  format: ExportFormat,
  columns: string[],
  ids: string[] | null,
  includeContacts: boolean,
) {
  const query = new URLSearchParams();
  for (const [key, values] of Object.entries(currentFilter(params)))
    for (const value of values) query.append(key, value);
  // Exports walk a column's order (a search's relevance order is by name there).
  query.set("sort", formatSort(columnSort(params.sort)));
  query.set("format", format);
  if (columns.length > 0) query.set("columns", columns.join(","));
  if (ids) query.set("ids", ids.join(","));
  if (includeContacts) query.set("includeContacts", "true");
  return `/api/v1/customers/export?${query.toString()}`;
}

export function ExportMenu<TData>({ table }: { table: Table<TData> }) {
  const { params } = useTableUrlState(customerListCodec);
  const { selectedIds, allMatching, permissions } = useBulkSelection();
  const [includeContacts, setIncludeContacts] = React.useState(false);
  if (!permissions.canExport) return null;
  const ids = !allMatching && selectedIds.length > 0 ? selectedIds : null;

  function download(format: ExportFormat) {
    const columns = table
      .getVisibleLeafColumns()
      .map((column) => column.id)
      .filter((id) => exportColumnIds.includes(id));
    const link = document.createElement("a");
    link.href = exportHref(params, format, columns, ids, includeContacts);
    link.download = "";
    document.body.append(link);
    link.click();
    link.remove();
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" className="h-8">
          <DownloadIcon aria-hidden="true" />
          Export
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="font-normal text-muted-foreground">
          {ids ? `${ids.length} selected ${ids.length === 1 ? "row" : "rows"}` : "All rows matching this view"}, visible
          columns
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => download("csv")}>CSV (.csv)</DropdownMenuItem>
        <DropdownMenuItem onSelect={() => download("xlsx")}>Excel (.xlsx)</DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuCheckboxItem
          checked={includeContacts}
          onCheckedChange={(checked) => setIncludeContacts(checked === true)}
          // Keep the menu open so the format can be chosen next.
          onSelect={(event) => event.preventDefault()}
        >
          Include contacts
        </DropdownMenuCheckboxItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
