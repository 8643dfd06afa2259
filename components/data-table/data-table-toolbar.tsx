"use client";

// Search box (debounced into the URL `q`), a slot for filters, and Reset when anything is filtered.
import * as React from "react";
import type { Table } from "@tanstack/react-table";
import { XIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

const SEARCH_DEBOUNCE_MS = 300;

type DataTableToolbarProps<TData> = React.ComponentProps<"div"> & {
  table: Table<TData>;
  /** Accessible name of the search box. */
  searchLabel?: string;
  searchPlaceholder?: string;
};

export function DataTableToolbar<TData>({
  table,
  searchLabel = "Search",
  searchPlaceholder = "Search…",
  children,
  className,
  ...props
}: DataTableToolbarProps<TData>) {
  const { globalFilter, columnFilters } = table.getState();
  const q = typeof globalFilter === "string" ? globalFilter : "";
  const [draft, setDraft] = React.useState({ value: q, seenQ: q });

  // Follow the URL when it changes from elsewhere (Reset, back button), but never clobber
  // what is being typed: our own debounced write lands as the trimmed draft.
  if (draft.seenQ !== q) {
    setDraft({ value: q === draft.value.trim() ? draft.value : q, seenQ: q });
  }

  React.useEffect(() => {
    const next = draft.value.trim();
    if (next === q) return;
    const timer = setTimeout(() => table.setGlobalFilter(next), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft.value, q, table]);

  const isFiltered = q !== "" || columnFilters.length > 0;

  function reset() {
    setDraft({ value: "", seenQ: q });
    table.setColumnFilters([]);
    table.setGlobalFilter("");
  }

  return (
    <div
      data-slot="data-table-toolbar"
      className={cn("flex w-full flex-wrap items-center gap-2", className)}
      {...props}
    >
      <Input
        type="search"
        aria-label={searchLabel}
        placeholder={searchPlaceholder}
        value={draft.value}
        onChange={(event) => setDraft({ value: event.target.value, seenQ: q })}
        className="h-8 w-full sm:w-64"
      />
      {children}
      {isFiltered ? (
        <Button variant="ghost" size="sm" onClick={reset}>
          Reset
          <XIcon aria-hidden="true" />
        </Button>
      ) : null}
    </div>
  );
}
