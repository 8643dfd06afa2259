"use client";

// Pager for server-side tables: range summary, rows-per-page, first/previous/next/last.
import * as React from "react";
import type { Table } from "@tanstack/react-table";
import { ChevronLeftIcon, ChevronRightIcon, ChevronsLeftIcon, ChevronsRightIcon } from "lucide-react";

import { useDisplayPrefs } from "@/components/display-prefs";
import { Button } from "@/components/ui/button";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { perPageOptions } from "@/lib/list-params";
import { formatListTotal } from "@/lib/number-format";
import { cn } from "@/lib/utils";

type DataTablePaginationProps<TData> = React.ComponentProps<"div"> & {
  table: Table<TData>;
  /** The total is a lower bound (a capped count): "of 10,000+", pages reach that far. */
  totalCapped?: boolean;
  /** The total is the planner's estimate: "of about 1.2M"; pages still reach only the first 10,000 rows. */
  totalEstimated?: boolean;
};

export function DataTablePagination<TData>({
  table,
  totalCapped = false,
  totalEstimated = false,
  className,
  ...props
}: DataTablePaginationProps<TData>) {
  const perPageId = React.useId();
  const prefs = useDisplayPrefs();
  const { pageIndex, pageSize } = table.getState().pagination;
  const total = table.getRowCount();
  const pageCount = Math.max(table.getPageCount(), 1);
  const from = total === 0 ? 0 : Math.min(pageIndex * pageSize + 1, total);
  const to = Math.min((pageIndex + 1) * pageSize, total);
  const canPrevious = table.getCanPreviousPage();
  const canNext = table.getCanNextPage();
  const pagerSteps = [
    ["Go to first page", ChevronsLeftIcon, canPrevious, () => table.setPageIndex(0)],
    ["Go to previous page", ChevronLeftIcon, canPrevious, () => table.previousPage()],
    ["Go to next page", ChevronRightIcon, canNext, () => table.nextPage()],
    ["Go to last page", ChevronsRightIcon, canNext, () => table.setPageIndex(pageCount - 1)],
  ] as const;

  return (
    <div
      data-slot="data-table-pagination"
      className={cn(
        "flex w-full flex-col-reverse items-center justify-between gap-4 px-1 text-sm sm:flex-row",
        className,
      )}
      {...props}
    >
      <p className="text-muted-foreground" aria-live="polite">
        {total === 0
          ? "Showing 0 of 0"
          : `Showing ${from}–${to} of ${formatListTotal({ total, totalCapped, totalEstimated }, prefs)}`}
      </p>
      <div className="flex flex-col-reverse items-center gap-4 sm:flex-row sm:gap-6">
        <div className="flex items-center gap-2">
          <label htmlFor={perPageId} className="font-medium whitespace-nowrap">
            Rows per page
          </label>
          <NativeSelect
            id={perPageId}
            size="sm"
            value={String(pageSize)}
            onChange={(event) => table.setPageSize(Number(event.target.value))}
          >
            {perPageOptions.map((option) => (
              <NativeSelectOption key={option} value={option}>
                {option}
              </NativeSelectOption>
            ))}
          </NativeSelect>
        </div>
        <p className="font-medium whitespace-nowrap">
          Page {pageIndex + 1} of {pageCount}
        </p>
        <div className="flex items-center gap-2">
          {pagerSteps.map(([label, Icon, enabled, go]) => (
            <Button key={label} variant="outline" size="icon-sm" aria-label={label} disabled={!enabled} onClick={go}>
              <Icon aria-hidden="true" />
            </Button>
          ))}
        </div>
      </div>
    </div>
  );
}
