// Lenient readers for list URL/API search params shared by every domain: bad values become defaults.
import { findUnstorableText, isStorableText, isUuid } from "@/lib/validation";
import { parseCalendarDate } from "@/lib/fields/calendar-date";

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

/** Whether a list shows archived records: not (the default), with the others, or only them. */
export const archivedFilters = ["exclude", "include", "only"] as const;
export type ArchivedFilter = (typeof archivedFilters)[number];

/** Values of a repeated and/or comma-separated param: `?status=a,b&status=c` → ["a", "b", "c"]. */
export function splitValues(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : [value];
  const parts = raw.flatMap((item) => (typeof item === "string" ? item.split(",") : []));
  return [...new Set(parts.map((part) => part.trim()).filter(Boolean))];
}

export function firstValue(value: unknown): string {
  const item: unknown = Array.isArray(value) ? value[0] : value;
  return typeof item === "string" ? item.trim() : "";
}

/** Search params as a plain record whatever was passed in (a missing or odd input reads as no params). */
export function asParamsObject(input: unknown): Record<string, unknown> {
  return (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
}

/** The free-text search term, capped so an oversized `q` cannot reach the database. */
export function searchTerm(value: unknown): string {
  return firstValue(value).slice(0, 200);
}

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

export function pickAllowed<T extends string>(allowed: readonly T[], value: unknown): T[] {
  return splitValues(value).filter((item): item is T => oneOf(allowed, item));
}

/** The single allowed value given, or `fallback`. */
export function pickOne<T extends string, F extends string | null>(
  allowed: readonly T[],
  value: unknown,
  fallback: F,
): T | F {
  const text = firstValue(value);
  return oneOf(allowed, text) ? text : fallback;
}

/** Ids from the URL, at most `max`; anything that is not a UUID cannot name a record and is dropped. */
export function pickIds(value: unknown, max: number): string[] {
  return splitValues(value).filter(isUuid).slice(0, max);
}

/** A calendar day range (`YYYY-MM-DD`, either end open); reversed ends are swapped, a non-day is no bound. */
export function readDayRange(from: unknown, to: unknown): { from: string | null; to: string | null } {
  const day = (value: unknown) => {
    const text = firstValue(value);
    return parseCalendarDate(text) ? text : null;
  };
  const [start, end] = [day(from), day(to)];
  return start && end && start > end ? { from: end, to: start } : { from: start, to: end };
}

export function positiveInt(value: unknown): number | null {
  const text: unknown = Array.isArray(value) ? value[0] : value;
  const n = typeof text === "number" ? text : Number(typeof text === "string" && /^\s*\d+\s*$/.test(text) ? text : NaN);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

export const perPageOptions = [25, 50, 100] as const;
export type PerPage = (typeof perPageOptions)[number];

/** 25, 50 or 100; anything larger is capped at 100, anything else is 25. */
function parsePerPage(value: unknown): PerPage {
  const n = positiveInt(value);
  if (n !== null && n > 100) return 100;
  return perPageOptions.find((option) => option === n) ?? 25;
}

/** `?page=` (from 1) and `?perPage=` (25, 50 or 100). */
export function readPagination(params: Record<string, unknown>): { page: number; perPage: PerPage } {
  return { page: positiveInt(params.page) ?? 1, perPage: parsePerPage(params.perPage) };
}

export interface ListSort<C extends string> {
  column: C;
  direction: "asc" | "desc";
}

/** `name` → ascending, `-name` → descending; an unknown column gives `fallback`. */
export function parseSort<C extends string>(value: unknown, columns: readonly C[], fallback: ListSort<C>): ListSort<C> {
  const text = firstValue(value);
  const column = text.replace(/^-/, "");
  if (!oneOf(columns, column)) return fallback;
  return { column, direction: text.startsWith("-") ? "desc" : "asc" };
}

/**
 * Next.js `searchParams` or a URLSearchParams (repeated keys kept) as one plain record. Lenient like
 * every list reader: a value no query can search for (a NUL byte, a lone surrogate) is dropped, so a
 * crafted page URL shows the list's defaults (the REST API refuses such a query with a 422 up front,
 * in apiRoute). Keys such as `__proto__` stay plain keys.
 */
export function toParamsRecord(input: URLSearchParams | SearchParamsRecord | null | undefined): SearchParamsRecord {
  const entries: [string, string | string[] | undefined][] =
    input instanceof URLSearchParams
      ? [...new Set(input.keys())].map((key) => [key, input.getAll(key)])
      : Object.entries(input ?? {});
  return Object.fromEntries(entries.filter(([key, value]) => isStorableText(key) && !findUnstorableText(value)));
}

/** LIKE pattern characters typed by the user must match literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** What every list's URL state has; a list's params add its filters. */
export interface ListState<C extends string = string> {
  q: string;
  sort: ListSort<C>;
  page: number;
  perPage: PerPage;
}

/**
 * A list's one URL codec: the server page, the client table hook and saved views read the URL with
 * `parse` and write it with `serialize`. `filters` are the list's filters that differ from their
 * defaults, by URL key (the table's column filter ids), as `serialize` writes them.
 */
export interface ListCodec<P extends ListState> {
  parse(input: URLSearchParams | SearchParamsRecord | null | undefined): P;
  serialize(params: P): string;
  filters(params: P): Record<string, string[]>;
}

/**
 * A query read and written again by the list's codec: canonical, and holding nothing the list would
 * refuse (back links, saved views). `overrides` replace what was read (e.g. `{ page: 1 }`).
 */
export function canonicalQuery<P extends ListState>(codec: ListCodec<P>, query: string, overrides: Partial<P> = {}) {
  return codec.serialize({ ...codec.parse(new URLSearchParams(query)), ...overrides });
}

/** `name` → ascending, `-name` → descending: the one writer of `?sort=`. */
export function formatSort(sort: ListSort<string>): string {
  return `${sort.direction === "desc" ? "-" : ""}${sort.column}`;
}

/**
 * Builds a codec from the list's lenient reader, its non-default filters and default sort. The query
 * is canonical: only values that differ from the defaults, in a fixed order (q, filters, sort,
 * perPage, `extra`, page), list values comma-joined.
 */
export function defineListCodec<P extends ListState>(spec: {
  read: (params: Record<string, unknown>) => P;
  filters: (params: P) => Record<string, string[]>;
  /** The sort written as no `?sort=`; it may depend on the params (the customer list ranks a search by relevance). */
  defaultSort: ListSort<string> | ((params: P) => ListSort<string>);
  /** Further non-default values written after perPage (e.g. `cols`). */
  extra?: (params: P) => Record<string, string>;
}): ListCodec<P> {
  return {
    parse: (input) => spec.read(toParamsRecord(input)),
    filters: spec.filters,
    serialize(params) {
      const query = new URLSearchParams();
      if (params.q) query.set("q", params.q);
      for (const [key, values] of Object.entries(spec.filters(params))) query.set(key, values.join(","));
      const sort = formatSort(params.sort);
      const defaultSort = typeof spec.defaultSort === "function" ? spec.defaultSort(params) : spec.defaultSort;
      if (sort !== formatSort(defaultSort)) query.set("sort", sort);
      if (params.perPage !== 25) query.set("perPage", String(params.perPage));
      for (const [key, value] of Object.entries(spec.extra?.(params) ?? {})) query.set(key, value);
      if (params.page > 1) query.set("page", String(params.page));
      // Keep list separators readable in the address bar: status=active,inactive.
      return query.toString().replace(/%2C/gi, ",");
    },
  };
}

/** Filter values that are set, keyed by URL key: a helper for a codec's `filters`. */
export function setFilters(entries: Record<string, readonly string[] | string | null>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(entries).flatMap(([key, value]) => {
      const values = value === null ? [] : typeof value === "string" ? [value] : [...value];
      return values.length > 0 ? [[key, values]] : [];
    }),
  );
}

/** A page of a list query's result. */
export interface ListPage {
  rows: readonly unknown[];
  page: number;
  pageCount: number;
}

/**
 * A list screen's read: a page past the end reads the last page instead, so rows and pager agree
 * (the REST API answers such a page empty, with its page number, as asked).
 */
export async function readUpToLastPage<P extends { page: number }, R extends ListPage>(
  list: (params: P) => Promise<R>,
  params: P,
): Promise<R> {
  const result = await list(params);
  const last = Math.max(result.pageCount, 1);
  return params.page > last ? list({ ...params, page: last }) : result;
}
