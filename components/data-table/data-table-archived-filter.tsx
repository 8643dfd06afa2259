"use client";

// Single-choice filter for archived records (URL key `archived`: exclude by default, include, only).
import type { Table } from "@tanstack/react-table";
import { ArchiveIcon } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Separator } from "@/components/ui/separator";
import { archivedFilters, type ArchivedFilter as ArchivedValue } from "@/lib/list-params";

const FILTER_KEY = "archived";
const DEFAULT_VALUE: ArchivedValue = "exclude";

const labels: Record<ArchivedValue, string> = { exclude: "Exclude", include: "Include", only: "Only" };

function isArchivedValue(value: unknown): value is ArchivedValue {
  return typeof value === "string" && (archivedFilters as readonly string[]).includes(value);
}

export function ArchivedFilter<TData>({
  table,
  label = "Archived customers",
}: {
  table: Table<TData>;
  label?: string;
}) {
  const current = table.getState().columnFilters.find((filter) => filter.id === FILTER_KEY)?.value;
  const first: unknown = Array.isArray(current) ? current[0] : current;
  const selected = isArchivedValue(first) ? first : DEFAULT_VALUE;

  function select(value: string) {
    if (!isArchivedValue(value)) return;
    table.setColumnFilters((filters) => [
      ...filters.filter((filter) => filter.id !== FILTER_KEY),
      ...(value === DEFAULT_VALUE ? [] : [{ id: FILTER_KEY, value: [value] }]),
    ]);
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" className="h-8 border-dashed" aria-label="Archived">
          <ArchiveIcon aria-hidden="true" />
          Archived
          {selected !== DEFAULT_VALUE ? (
            <>
              <Separator orientation="vertical" className="mx-0.5 data-[orientation=vertical]:h-4" />
              <Badge variant="secondary" className="rounded-sm px-1 font-normal" aria-hidden="true">
                {labels[selected]}
              </Badge>
            </>
          ) : null}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-44">
        <DropdownMenuLabel>{label}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuRadioGroup value={selected} onValueChange={select}>
          {archivedFilters.map((value) => (
            <DropdownMenuRadioItem key={value} value={value}>
              {labels[value]}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
