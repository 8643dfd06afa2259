"use client";

// A list's table state kept in the URL, read and written only through the list's codec: the same
// parse and serialize the server page and saved views use, so the table shows what the server read.
// The list's query is also remembered for this browser tab, for the detail pages' back links.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useOptimistic, useRef, useTransition } from "react";

import { rememberListQuery } from "@/components/data-table/list-memory";
import type { ListCodec, ListState } from "@/lib/list-params";

/** URL keys to set (a list is comma-joined) or, with null or nothing, to clear; read back by the codec. */
export type ParamsPatch = Record<string, string | readonly string[] | null>;

/** The canonical query after a patch: anything but a page change (search, filters, perPage, sort) starts at page 1. */
function applyPatch<P extends ListState>(codec: ListCodec<P>, params: P, patch: ParamsPatch): string {
  const query = new URLSearchParams(codec.serialize("page" in patch ? params : { ...params, page: 1 }));
  for (const [key, value] of Object.entries(patch)) {
    const joined = typeof value === "string" || value === null ? value : value.join(",");
    if (joined === null || joined === "") query.delete(key);
    else query.set(key, joined);
  }
  return codec.serialize(codec.parse(query));
}

export function useTableUrlState<P extends ListState>(codec: ListCodec<P>) {
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

  const params = useMemo(() => codec.parse(new URLSearchParams(query)), [codec, query]);
  /** The list's filters that differ from their defaults, by URL key. */
  const filters = useMemo(() => codec.filters(params), [codec, params]);

  // A detail page's back link returns to the list as it is now.
  useEffect(() => rememberListQuery(pathname, codec.serialize(params)), [codec, params, pathname]);

  const setParams = useCallback(
    (patch: ParamsPatch) => {
      const current = latestQuery.current === null ? params : codec.parse(new URLSearchParams(latestQuery.current));
      const next = applyPatch(codec, current, patch);
      latestQuery.current = next;
      startTransition(() => {
        setOptimisticQuery(next);
        router.replace(next ? `${pathname}?${next}` : pathname, { scroll: false });
      });
    },
    [codec, params, pathname, router, setOptimisticQuery],
  );

  return { params, filters, isFiltered: params.q !== "" || Object.keys(filters).length > 0, isPending, setParams };
}
