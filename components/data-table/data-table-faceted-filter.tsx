"use client";

// Multi-select filter bound to one URL key (e.g. status=active,inactive) through the table's column filters.
import type { Table } from "@tanstack/react-table";
import { PlusCircleIcon } from "lucide-react";

import { Badge } from "@/components/ui/badge";
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
import { Separator } from "@/components/ui/separator";

export type FacetedFilterOption = { label: string; value: string };

type DataTableFacetedFilterProps<TData> = {
  table: Table<TData>;
  /** URL search-param key the selection is stored under. */
  filterKey: string;
  title: string;
  options: ReadonlyArray<FacetedFilterOption>;
};

export function DataTableFacetedFilter<TData>({
  table,
  filterKey,
  title,
  options,
}: DataTableFacetedFilterProps<TData>) {
  const current = table.getState().columnFilters.find((filter) => filter.id === filterKey)?.value;
  const selected = new Set(Array.isArray(current) ? current.map(String) : []);

  function setSelected(values: Set<string>) {
    // Keep the options' order so the same selection always yields the same URL.
    const ordered = options.filter((option) => values.has(option.value)).map((o) => o.value);
    table.setColumnFilters((filters) => [
      ...filters.filter((filter) => filter.id !== filterKey),
      ...(ordered.length > 0 ? [{ id: filterKey, value: ordered }] : []),
    ]);
  }

  function toggle(value: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    setSelected(next);
  }

  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button
          variant="outline"
          size="sm"
          className="h-8 border-dashed"
          aria-label={selected.size > 0 ? `Filter by ${title}, ${selected.size} selected` : `Filter by ${title}`}
        >
          <PlusCircleIcon aria-hidden="true" />
          {title}
          {selected.size > 0 ? (
            <>
              <Separator orientation="vertical" className="mx-0.5 data-[orientation=vertical]:h-4" />
              <Badge variant="secondary" className="rounded-sm px-1 font-normal" aria-hidden="true">
                {selected.size}
              </Badge>
            </>
          ) : null}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-52">
        <DropdownMenuLabel>{title}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {options.map((option) => (
          <DropdownMenuCheckboxItem
            key={option.value}
            checked={selected.has(option.value)}
            onCheckedChange={(checked) => toggle(option.value, checked === true)}
            // Keep the menu open so several values can be picked in a row.
            onSelect={(event) => event.preventDefault()}
          >
            {option.label}
          </DropdownMenuCheckboxItem>
        ))}
        {selected.size > 0 ? (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => setSelected(new Set())}>Clear filter</DropdownMenuItem>
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
