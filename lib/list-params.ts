// Lenient readers for list URL/API search params shared by every domain: bad values become defaults.
import { findUnstorableText, isStorableText, isUuid } from "@/lib/validation";

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

export function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
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

export function positiveInt(value: unknown): number | null {
  const text: unknown = Array.isArray(value) ? value[0] : value;
  const n = typeof text === "number" ? text : Number(typeof text === "string" && /^\s*\d+\s*$/.test(text) ? text : NaN);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

export const perPageOptions = [25, 50, 100] as const;
export type PerPage = (typeof perPageOptions)[number];

/** 25, 50 or 100; anything larger is capped at 100, anything else is 25. */
export function parsePerPage(value: unknown): PerPage {
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
