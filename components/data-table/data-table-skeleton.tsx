"use client";

// Suspense fallback in the shape of a data table: toolbar, header, rows and pager. A client component with one
// bar per row, so a list page's HTML and server payload carry a few lines for it rather than a cell per column.
import type * as React from "react";

import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

type DataTableSkeletonProps = React.ComponentProps<"div"> & {
  columnCount?: number;
  rowCount?: number;
  filterCount?: number;
};

export function DataTableSkeleton({
  columnCount = 5,
  rowCount = 10,
  filterCount = 1,
  className,
  ...props
}: DataTableSkeletonProps) {
  const columns = Array.from({ length: columnCount }, (_, index) => index);

  return (
    <div
      aria-busy="true"
      data-slot="data-table-skeleton"
      className={cn("flex w-full flex-col gap-4", className)}
      {...props}
    >
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true" className="flex flex-col gap-4">
        <div className="flex items-center gap-2">
          <Skeleton className="h-8 w-full sm:w-64" />
          {Array.from({ length: filterCount }, (_, index) => (
            <Skeleton key={index} className="h-8 w-24 border-dashed" />
          ))}
        </div>
        <div className="overflow-hidden rounded-md border">
          <Table>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                {columns.map((column) => (
                  <TableHead key={column}>
                    <Skeleton className="h-5 w-20" />
                  </TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {Array.from({ length: rowCount }, (_, row) => (
                <TableRow key={row} className="hover:bg-transparent">
                  <TableCell colSpan={columnCount}>
                    <Skeleton className="h-5 w-full" />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        <div className="flex items-center justify-between gap-4">
          <Skeleton className="h-5 w-36" />
          <div className="flex items-center gap-2">
            <Skeleton className="h-8 w-48" />
            <Skeleton className="h-8 w-36" />
          </div>
        </div>
      </div>
    </div>
  );
}
