"use client";
// The customers list's selection: rows ticked on this page, or "all N matching this filter". Bulk
// actions and the export read it from here; it clears whenever the URL (page, filters, sort) changes.
import * as React from "react";
import type { Table } from "@tanstack/react-table";

import { useTableUrlState } from "@/components/data-table/use-table-url-state";
import { useDisplayPrefs } from "@/components/display-prefs";
import { formatListTotal, formatNumber } from "@/lib/number-format";
import { customerListCodec, type CustomerListParams } from "@/lib/customers/list-params";

export interface BulkPermissions {
  /** Tags, status, tier and (own customers') owner. */
  canEdit: boolean;
  canArchive: boolean;
  canExport: boolean;
}

type BulkTarget = { ids: string[] } | { filter: Record<string, string[]> };

interface BulkSelection {
  selectedIds: string[];
  /** Every customer matching the current filter, not just this page. */
  allMatching: boolean;
  setAllMatching: (value: boolean) => void;
  total: number;
  /** The total as the list shows it: "1,234", "10,000+" or "about 1.2M" (formatListTotal). */
  totalLabel: string;
  /** How many customers an action would touch. */
  count: number;
  /** `count` as shown: all matching a list counted only up to 10,000 or estimated says "10,000+" or "about 1.2M". */
  countLabel: string;
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

/** The list's filters and search (not its paging, sort or columns), as the bulk API's `filter`. */
export function currentFilter(params: CustomerListParams): Record<string, string[]> {
  return { ...(params.q ? { q: [params.q] } : {}), ...customerListCodec.filters(params) };
}

export function BulkSelectionProvider<TData>({
  table,
  total,
  permissions,
  children,
}: {
  table: Table<TData>;
  /** The list's total, and whether it is a lower bound or an estimate. */
  total: { total: number; totalCapped: boolean; totalEstimated: boolean };
  permissions: BulkPermissions;
  children: React.ReactNode;
}) {
  const { params } = useTableUrlState(customerListCodec);
  const prefs = useDisplayPrefs();
  const urlKey = customerListCodec.serialize(params);
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
    total: total.total,
    totalLabel: formatListTotal(total, prefs),
    count: allMatching ? total.total : selectedIds.length,
    countLabel: allMatching ? formatListTotal(total, prefs) : formatNumber(selectedIds.length, prefs),
    target: () => (allMatching ? { filter: currentFilter(params) } : { ids: selectedIds }),
    clear: () => {
      setAllMatching(false);
      table.resetRowSelection();
    },
    permissions,
  };
  return <BulkSelectionContext.Provider value={value}>{children}</BulkSelectionContext.Provider>;
}
