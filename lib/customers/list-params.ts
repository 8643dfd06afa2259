// Customer list URL/API search params, parsed leniently: a bad value falls back to its default.
import { z } from "zod";
import {
  asParamsObject,
  firstValue,
  parseSort,
  pickAllowed,
  pickIds,
  pickOne,
  readPagination,
  searchTerm,
  splitValues,
  toParamsRecord,
  type ListSort,
  type SearchParamsRecord,
  archivedFilters,
} from "@/lib/list-params";
import { customerKinds, customerSortColumns, customerStatuses, type CustomerSortColumn } from "@/lib/customers/options";
import { readCustomerColumns, serializeCustomerColumns } from "@/lib/customers/columns";

export type CustomerSort = ListSort<CustomerSortColumn>;

/** `?tier=<id>,none`: tier ids, plus "none" for customers without a tier. */
function readTierFilter(value: unknown): string[] {
  const none = splitValues(value).includes("none") ? ["none"] : [];
  return [...pickIds(value, 20), ...none];
}

/** `?owner=me` (the acting user), `none` (unowned) or a user id; anything else means any owner. */
function readOwnerFilter(value: unknown): string | null {
  const owner = firstValue(value);
  return /^[A-Za-z0-9_-]{1,100}$/.test(owner) ? owner : null;
}

function readParams(input: unknown) {
  const params = asParamsObject(input);
  return {
    q: searchTerm(params.q),
    status: pickAllowed(customerStatuses, params.status),
    kind: pickAllowed(customerKinds, params.kind),
    tag: splitValues(params.tag).slice(0, 30),
    archived: pickOne(archivedFilters, params.archived, "exclude"),
    tier: readTierFilter(params.tier),
    owner: readOwnerFilter(params.owner),
    sort: parseSort<CustomerSortColumn>(params.sort, customerSortColumns, { column: "name", direction: "asc" }),
    ...readPagination(params),
    /** The shown columns (`?cols=`); the list skips lookups for hidden ones. */
    columns: readCustomerColumns(params.cols),
  };
}

/** Never fails: every param falls back to its default when missing or invalid. */
export const customerListParamsSchema = z.unknown().transform(readParams);

export type CustomerListParams = z.output<typeof customerListParamsSchema>;

/** Parses Next.js `searchParams` or a URLSearchParams (repeated keys kept); only text that cannot be stored is an error. */
export function parseCustomerListParams(input: URLSearchParams | SearchParamsRecord | null | undefined) {
  return customerListParamsSchema.parse(toParamsRecord(input));
}

/**
 * The canonical query string for a list state, without the page: only values that differ from the
 * defaults, in a fixed order (saved views store it; applying one navigates to it).
 */
export function toCustomerListQuery(params: CustomerListParams): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  for (const key of ["status", "kind", "tag", "tier"] as const) {
    if (params[key].length > 0) query.set(key, params[key].join(","));
  }
  if (params.owner !== null) query.set("owner", params.owner);
  if (params.archived !== "exclude") query.set("archived", params.archived);
  const { column, direction } = params.sort;
  if (column !== "name" || direction !== "asc") query.set("sort", `${direction === "desc" ? "-" : ""}${column}`);
  if (params.perPage !== 25) query.set("perPage", String(params.perPage));
  const cols = serializeCustomerColumns(params.columns);
  if (cols !== null) query.set("cols", cols);
  return query.toString().replace(/%2C/gi, ",");
}
