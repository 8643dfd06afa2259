// Sortable column header: cycles none → ascending → descending → none; the <th> carries aria-sort.
import type * as React from "react";
import type { Column } from "@tanstack/react-table";
import { ArrowDownIcon, ArrowUpIcon, ChevronsUpDownIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type DataTableColumnHeaderProps<TData, TValue> = React.ComponentProps<"div"> & {
  column: Column<TData, TValue>;
  title: string;
};

export function DataTableColumnHeader<TData, TValue>({
  column,
  title,
  className,
  ...props
}: DataTableColumnHeaderProps<TData, TValue>) {
  if (!column.getCanSort()) {
    return (
      <div className={cn(className)} {...props}>
        {title}
      </div>
    );
  }

  const sorted = column.getIsSorted();
  const Icon = sorted === "asc" ? ArrowUpIcon : sorted === "desc" ? ArrowDownIcon : ChevronsUpDownIcon;

  // A list always has an order (its default when the URL names none): a click sorts by this column
  // ascending, then flips the direction.
  function cycleSort() {
    column.toggleSorting(sorted === "asc");
  }

  return (
    <div className={cn("flex items-center", className)} {...props}>
      <Button
        variant="ghost"
        size="sm"
        className="-ml-3 h-8 data-[sorted=true]:text-foreground"
        data-sorted={sorted !== false}
        onClick={cycleSort}
      >
        {title}
        <Icon aria-hidden="true" className={cn(sorted === false && "text-muted-foreground")} />
      </Button>
    </div>
  );
}
