"use client";
// The customers list's selection: rows ticked on this page, or "all N matching this filter". Bulk
// actions and the export read it from here; it clears whenever the URL (page, filters, sort) changes.
import * as React from "react";
import { useSearchParams } from "next/navigation";
import type { Table } from "@tanstack/react-table";

export interface BulkPermissions {
  /** Tags, status, tier and (own customers') owner. */
  canEdit: boolean;
  canArchive: boolean;
  canExport: boolean;
}

/** URL params that are not part of the filter (paging, sort and visible columns). */
const notFilterParams = new Set(["page", "perPage", "cols", "sort"]);

export type BulkTarget = { ids: string[] } | { filter: Record<string, string[]> };

interface BulkSelection {
  selectedIds: string[];
  /** Every customer matching the current filter, not just this page. */
  allMatching: boolean;
  setAllMatching: (value: boolean) => void;
  total: number;
  /** How many customers an action would touch. */
  count: number;
  target: () => BulkTarget;
  clear: () => void;
  permissions: BulkPermissions;
}

const BulkSelectionContext = React.createContext<BulkSelection | null>(null);

export function useBulkSelection(): BulkSelection {
  const value = React.useContext(BulkSelectionContext);
  if (!value) throw new Error("useBulkSelection must be used inside <BulkSelectionProvider>");
  return value;
}

/** The current URL's filter params (search included), as the bulk API's `filter`. */
export function currentFilter(params: URLSearchParams): Record<string, string[]> {
  const filter: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) if (!notFilterParams.has(key)) filter[key] = params.getAll(key);
  return filter;
}

export function BulkSelectionProvider<TData>({
  table,
  total,
  permissions,
  children,
}: {
  table: Table<TData>;
  total: number;
  permissions: BulkPermissions;
  children: React.ReactNode;
}) {
  const searchParams = useSearchParams();
  const urlKey = searchParams.toString();
  // Keyed by the URL: a new page or filter starts with nothing "all matching"-selected.
  const [allMatchingFor, setAllMatchingFor] = React.useState<string | null>(null);
  const allMatching = allMatchingFor === urlKey;
  const setAllMatching = (value: boolean) => setAllMatchingFor(value ? urlKey : null);
  React.useEffect(() => {
    // What was ticked is no longer on screen.
    table.resetRowSelection();
  }, [table, urlKey]);
  const selectedIds = Object.keys(table.getState().rowSelection).filter((id) => table.getState().rowSelection[id]);
  const value: BulkSelection = {
    selectedIds,
    allMatching,
    setAllMatching,
    total,
    count: allMatching ? total : selectedIds.length,
    target: () => (allMatching ? { filter: currentFilter(searchParams) } : { ids: selectedIds }),
    clear: () => {
      setAllMatching(false);
      table.resetRowSelection();
    },
    permissions,
  };
  return <BulkSelectionContext.Provider value={value}>{children}</BulkSelectionContext.Provider>;
}
