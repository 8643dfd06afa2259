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

import {
  DEFAULT_PER_PAGE,
  serializeSort,
  useTableUrlState,
  type ParamsPatch,
} from "@/components/data-table/use-table-url-state";

export type UseDataTableOptions<TData> = {
  data: TData[];
  columns: ColumnDef<TData, unknown>[];
  pageCount: number;
  total: number;
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

function toValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null || value === "" ? [] : [String(value)];
}

export function useDataTable<TData>({
  data,
  columns,
  pageCount,
  total,
  getRowId,
  defaultVisibleColumns,
}: UseDataTableOptions<TData>) {
  const urlState = useTableUrlState();
  const { page, perPage, sort, q, filters, cols, setParams } = urlState;

  const allIds = columnIds(columns, false);
  const hideable = columnIds(columns, true);
  // Like the server: a `cols` naming no known column means the defaults.
  const fromUrl = cols?.filter((id) => allIds.includes(id)) ?? [];
  const shown = fromUrl.length > 0 ? fromUrl : (defaultVisibleColumns ?? allIds);
  const columnVisibility: VisibilityState = Object.fromEntries(hideable.map((id) => [id, shown.includes(id)]));

  const pagination: PaginationState = { pageIndex: page - 1, pageSize: perPage };
  const sorting: SortingState = sort ? [sort] : [];
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
      if (next.pageSize !== pagination.pageSize) {
        setParams({ perPage: next.pageSize === DEFAULT_PER_PAGE ? null : String(next.pageSize) });
      } else {
        setParams({ page: next.pageIndex > 0 ? String(next.pageIndex + 1) : null });
      }
    },
    onSortingChange: (updater) => {
      setParams({ sort: serializeSort(functionalUpdate(updater, sorting)[0]) });
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
