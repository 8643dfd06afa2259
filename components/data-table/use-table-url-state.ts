"use client";

// Table state kept in the URL: page, perPage, sort, q, the shown columns (cols) and any other key as a
// (multi-valued) filter.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useOptimistic, useRef, useTransition } from "react";

export const PER_PAGE_OPTIONS = [25, 50, 100] as const;
export type PerPage = (typeof PER_PAGE_OPTIONS)[number];
export const DEFAULT_PER_PAGE: PerPage = 25;

/** Keys with a fixed meaning; every other search param is a filter. */
const RESERVED_KEYS = new Set(["page", "perPage", "sort", "q", "cols"]);

export type SortState = { id: string; desc: boolean };
export type ParamsPatch = Record<string, string | string[] | null>;

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function parsePerPage(value: string | null): PerPage {
  return PER_PAGE_OPTIONS.find((option) => String(option) === value) ?? DEFAULT_PER_PAGE;
}

function parseSort(value: string | null): SortState | null {
  if (!value) return null;
  const desc = value.startsWith("-");
  const id = desc ? value.slice(1) : value;
  return id ? { id, desc } : null;
}

export function serializeSort(sort: SortState | null | undefined): string | null {
  return sort ? `${sort.desc ? "-" : ""}${sort.id}` : null;
}

function splitValues(value: string): string[] {
  return value.split(",").filter((part) => part !== "");
}

function applyPatch(query: string, patch: ParamsPatch): string {
  const params = new URLSearchParams(query);
  // Anything but a page change (search, filters, perPage, sort) starts again at page 1.
  if (!("page" in patch)) params.delete("page");
  for (const [key, value] of Object.entries(patch)) {
    const joined = Array.isArray(value) ? value.join(",") : value;
    if (joined === null || joined === "") params.delete(key);
    else params.set(key, joined);
  }
  // Keep list separators readable in the address bar: status=active,inactive.
  return params.toString().replace(/%2C/gi, ",");
}

export function useTableUrlState() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();
  // Reads come from the optimistic query so controls reflect a change while the server re-renders.
  const [query, setOptimisticQuery] = useOptimistic(searchParams.toString());
  // Two writes in the same event (e.g. Reset) must build on each other, not on the same render.
  const latestQuery = useRef<string | null>(null);

  useEffect(() => {
    if (!isPending) latestQuery.current = null;
  }, [isPending]);

  const state = useMemo(() => {
    const params = new URLSearchParams(query);
    const filters: Record<string, string[]> = {};
    for (const [key, value] of params) {
      if (!RESERVED_KEYS.has(key)) filters[key] = splitValues(value);
    }
    return {
      page: parsePage(params.get("page")),
      perPage: parsePerPage(params.get("perPage")),
      sort: parseSort(params.get("sort")),
      q: params.get("q") ?? "",
      /** The shown column ids, or null for the table's defaults. */
      cols: params.has("cols") ? splitValues(params.get("cols") ?? "") : null,
      filters,
    };
  }, [query]);

  const setParams = useCallback(
    (patch: ParamsPatch) => {
      const next = applyPatch(latestQuery.current ?? query, patch);
      latestQuery.current = next;
      startTransition(() => {
        setOptimisticQuery(next);
        router.replace(next ? `${pathname}?${next}` : pathname, { scroll: false });
      });
    },
    [query, pathname, router, setOptimisticQuery],
  );

  const getFilter = useCallback((key: string) => state.filters[key] ?? [], [state.filters]);

  return { ...state, isPending, setParams, getFilter };
}

export type TableUrlState = ReturnType<typeof useTableUrlState>;
