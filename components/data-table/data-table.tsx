// Renders a server-paginated TanStack table: accessible caption, aria-sort headers, empty state, pending dim.
import type * as React from "react";
import { flexRender, type Column, type Table as TanstackTable } from "@tanstack/react-table";

import { showFromClass } from "@/components/data-table/responsive";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

type DataTableProps<TData> = React.ComponentProps<"div"> & {
  table: TanstackTable<TData>;
  /** Read by screen readers only, e.g. "Customers". */
  caption?: string;
  /** Shown in place of rows when the page is empty. */
  emptyState?: React.ReactNode;
  /** Dims the rows while new data for a URL change is loading. */
  isPending?: boolean;
};

function ariaSort<TData>(column: Column<TData, unknown>) {
  if (!column.getCanSort()) return undefined;
  const sorted = column.getIsSorted();
  if (sorted === "asc") return "ascending";
  if (sorted === "desc") return "descending";
  return "none";
}

/** Hides a column below its breakpoint while the table shows its default columns (./responsive.ts). */
function responsiveClass<TData>(table: TanstackTable<TData>, column: Column<TData, unknown>) {
  const showFrom = column.columnDef.meta?.showFrom;
  return showFrom && table.options.meta?.responsiveColumns ? showFromClass[showFrom] : undefined;
}

export function DataTable<TData>({
  table,
  caption,
  emptyState,
  isPending = false,
  className,
  ...props
}: DataTableProps<TData>) {
  const rows = table.getRowModel().rows;

  return (
    <div
      data-slot="data-table"
      aria-busy={isPending || undefined}
      className={cn("overflow-hidden rounded-md border transition-opacity", isPending && "opacity-60", className)}
      {...props}
    >
      <Table>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <TableHeader>
          {table.getHeaderGroups().map((headerGroup) => (
            <TableRow key={headerGroup.id}>
              {headerGroup.headers.map((header) => (
                <TableHead
                  key={header.id}
                  colSpan={header.colSpan}
                  className={responsiveClass(table, header.column)}
                  aria-sort={header.isPlaceholder ? undefined : ariaSort(header.column)}
                >
                  {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                </TableHead>
              ))}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {rows.length > 0 ? (
            rows.map((row) => (
              <TableRow key={row.id} data-state={row.getIsSelected() ? "selected" : undefined}>
                {row.getVisibleCells().map((cell) => (
                  <TableCell key={cell.id} className={responsiveClass(table, cell.column)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </TableCell>
                ))}
              </TableRow>
            ))
          ) : (
            <TableRow className="hover:bg-transparent">
              <TableCell
                colSpan={table.getVisibleLeafColumns().length}
                className="h-24 text-center whitespace-normal text-muted-foreground"
              >
                {emptyState ?? "No results."}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
