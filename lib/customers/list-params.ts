// Customer list URL/API search params, parsed leniently: a bad value falls back to its default.
import { z } from "zod";
import {
  archivedFilters,
  customerKinds,
  customerPerPageOptions,
  customerSortColumns,
  customerStatuses,
  type CustomerPerPage,
  type CustomerSortColumn,
} from "@/lib/customers/options";

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

/** Values of a repeated and/or comma-separated param: `?status=a,b&status=c` → ["a", "b", "c"]. */
function splitValues(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : [value];
  const parts = raw.flatMap((item) => (typeof item === "string" ? item.split(",") : []));
  return [...new Set(parts.map((part) => part.trim()).filter(Boolean))];
}

function firstValue(value: unknown): string {
  const item: unknown = Array.isArray(value) ? value[0] : value;
  return typeof item === "string" ? item.trim() : "";
}

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function pickAllowed<T extends string>(allowed: readonly T[], value: unknown): T[] {
  return splitValues(value).filter((item): item is T => oneOf(allowed, item));
}

const positiveInt = (value: unknown) => {
  const text = Array.isArray(value) ? value[0] : value;
  const n = typeof text === "number" ? text : Number(typeof text === "string" && /^\s*\d+\s*$/.test(text) ? text : NaN);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
};

export interface CustomerSort {
  column: CustomerSortColumn;
  direction: "asc" | "desc";
}

function parseSort(value: unknown): CustomerSort {
  const text = firstValue(value);
  const column = text.replace(/^-/, "");
  if (!oneOf(customerSortColumns, column)) return { column: "name", direction: "asc" };
  return { column, direction: text.startsWith("-") ? "desc" : "asc" };
}

function parsePerPage(value: unknown): CustomerPerPage {
  const n = positiveInt(value);
  if (n !== null && n > 100) return 100;
  return customerPerPageOptions.find((option) => option === n) ?? 25;
}

function readParams(input: unknown) {
  const params = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const archived = firstValue(params.archived);
  return {
    q: firstValue(params.q).slice(0, 200),
    status: pickAllowed(customerStatuses, params.status),
    kind: pickAllowed(customerKinds, params.kind),
    tag: splitValues(params.tag).slice(0, 30),
    archived: oneOf(archivedFilters, archived) ? archived : "exclude",
    sort: parseSort(params.sort),
    page: positiveInt(params.page) ?? 1,
    perPage: parsePerPage(params.perPage),
  };
}

/** Never fails: every param falls back to its default when missing or invalid. */
export const customerListParamsSchema = z.unknown().transform(readParams);

export type CustomerListParams = z.output<typeof customerListParamsSchema>;

/** Parses Next.js `searchParams` or a URLSearchParams (repeated keys kept); never throws. */
export function parseCustomerListParams(input: URLSearchParams | SearchParamsRecord | null | undefined) {
  const record: SearchParamsRecord = {};
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) record[key] = input.getAll(key);
  } else if (input) {
    Object.assign(record, input);
  }
  return customerListParamsSchema.parse(record);
}
