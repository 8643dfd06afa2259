"use client";

// "Columns": the column chooser. Each hideable column is a checkbox; the choice lives in the URL (`cols`).
import type { Column, Table } from "@tanstack/react-table";
import { Settings2Icon } from "lucide-react";

import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

type DataTableViewOptionsProps<TData> = {
  table: Table<TData>;
  /** Menu labels by column id (headers are components, not text). */
  labels: Record<string, string>;
};

function labelOf<TData>(column: Column<TData, unknown>, labels: Record<string, string>): string {
  return labels[column.id] ?? column.id;
}

export function DataTableViewOptions<TData>({ table, labels }: DataTableViewOptionsProps<TData>) {
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const hiddenCount = columns.filter((column) => !column.getIsVisible()).length;

  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" className="ml-auto h-8">
          <Settings2Icon aria-hidden="true" />
          Columns
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-48">
        <DropdownMenuLabel>
          Shown columns
          {hiddenCount > 0 ? <span className="font-normal text-muted-foreground"> · {hiddenCount} hidden</span> : null}
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {columns.map((column) => (
          <DropdownMenuCheckboxItem
            key={column.id}
            checked={column.getIsVisible()}
            // Keep the menu open to toggle several columns in a row.
            onSelect={(event) => event.preventDefault()}
            onCheckedChange={(checked) => column.toggleVisibility(checked)}
          >
            {labelOf(column, labels)}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
