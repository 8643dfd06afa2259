"use client";

// A server-driven TanStack table whose pagination, sorting, filters and search live in the URL.
import {
  functionalUpdate,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type PaginationState,
  type SortingState,
  type VisibilityState,
} from "@tanstack/react-table";

import { useTableUrlState, type ParamsPatch } from "@/components/data-table/use-table-url-state";
import { formatSort, type ListCodec, type ListState } from "@/lib/list-params";

export type UseDataTableOptions<TData, P extends ListState> = {
  /** The list's URL codec, shared with its server page. */
  codec: ListCodec<P>;
  /** The server's page of the list; `page` is the page it read (a page past the end reads the last one). */
  result: { rows: TData[]; total: number; pageCount: number; page: number };
  columns: ColumnDef<TData, unknown>[];
  getRowId?: (row: TData, index: number) => string;
  /** Column ids shown when the URL has no `cols`; columns with `enableHiding: false` always show. */
  defaultVisibleColumns?: readonly string[];
};

/** Column ids, in column order; `hideable` only those the user may hide. */
function columnIds<TData>(columns: ColumnDef<TData, unknown>[], hideable: boolean): string[] {
  return columns.flatMap((column) => (column.id && (!hideable || column.enableHiding !== false) ? [column.id] : []));
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function visibleColumns(params: ListState): readonly string[] | null {
  return "columns" in params && Array.isArray(params.columns) ? params.columns.map(String) : null;
}

function toValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null || value === "" ? [] : [String(value)];
}

export function useDataTable<TData, P extends ListState>({
  codec,
  result: { rows: data, total, pageCount, page },
  columns,
  getRowId,
  defaultVisibleColumns,
}: UseDataTableOptions<TData, P>) {
  const urlState = useTableUrlState(codec);
  const { params, filters, setParams } = urlState;
  const { q, perPage, sort } = params;

  const allIds = columnIds(columns, false);
  const hideable = columnIds(columns, true);
  // The list's codec reads `?cols=` (unknown or no ids: the defaults); a list without it shows its defaults.
  const shown = visibleColumns(params) ?? defaultVisibleColumns ?? allIds;
  const showsDefaults = sameIds(shown, defaultVisibleColumns ?? allIds);
  const columnVisibility: VisibilityState = Object.fromEntries(hideable.map((id) => [id, shown.includes(id)]));

  const pagination: PaginationState = { pageIndex: page - 1, pageSize: perPage };
  const sorting: SortingState = [{ id: sort.column, desc: sort.direction === "desc" }];
  const columnFilters: ColumnFiltersState = Object.entries(filters).map(([id, value]) => ({
    id,
    value,
  }));

  // TanStack Table is not React Compiler-safe; the compiler is not enabled in this app.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    getRowId,
    meta: { responsiveColumns: showsDefaults },
    pageCount,
    rowCount: total,
    state: { pagination, sorting, columnFilters, globalFilter: q, columnVisibility },
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      if (next.pageSize !== pagination.pageSize) setParams({ perPage: String(next.pageSize) });
      else setParams({ page: String(next.pageIndex + 1) });
    },
    onSortingChange: (updater) => {
      const [next] = functionalUpdate(updater, sorting);
      setParams({ sort: next ? formatSort({ column: next.id, direction: next.desc ? "desc" : "asc" }) : null });
    },
    onColumnFiltersChange: (updater) => {
      const next = functionalUpdate(updater, columnFilters);
      const patch: ParamsPatch = {};
      for (const filter of columnFilters) patch[filter.id] = null;
      for (const filter of next) patch[filter.id] = toValues(filter.value);
      setParams(patch);
    },
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      const visible = allIds.filter((id) => !hideable.includes(id) || next[id] !== false);
      const isDefault = sameIds(visible, defaultVisibleColumns ?? allIds);
      // Showing or hiding a column keeps the page.
      setParams({ cols: isDefault ? null : visible, page: page > 1 ? String(page) : null });
    },
    onGlobalFilterChange: (updater) => {
      const next: unknown = functionalUpdate(updater, q);
      setParams({ q: typeof next === "string" && next.trim() !== "" ? next.trim() : null });
    },
  });

  return { table, isPending: urlState.isPending, urlState };
}
