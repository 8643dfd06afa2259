// Customer list URL/API search params, parsed leniently: a bad value falls back to its default.
import { z } from "zod";
import {
  firstValue,
  oneOf,
  parsePerPage,
  parseSort,
  pickAllowed,
  positiveInt,
  splitValues,
  toParamsRecord,
  type ListSort,
  type SearchParamsRecord,
} from "@/lib/list-params";
import {
  archivedFilters,
  customerKinds,
  customerSortColumns,
  customerStatuses,
  type CustomerSortColumn,
} from "@/lib/customers/options";

export type { SearchParamsRecord } from "@/lib/list-params";

export type CustomerSort = ListSort<CustomerSortColumn>;

function readParams(input: unknown) {
  const params = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const archived = firstValue(params.archived);
  return {
    q: firstValue(params.q).slice(0, 200),
    status: pickAllowed(customerStatuses, params.status),
    kind: pickAllowed(customerKinds, params.kind),
    tag: splitValues(params.tag).slice(0, 30),
    archived: oneOf(archivedFilters, archived) ? archived : "exclude",
    sort: parseSort<CustomerSortColumn>(params.sort, customerSortColumns, { column: "name", direction: "asc" }),
    page: positiveInt(params.page) ?? 1,
    perPage: parsePerPage(params.perPage),
  };
}

/** Never fails: every param falls back to its default when missing or invalid. */
export const customerListParamsSchema = z.unknown().transform(readParams);

export type CustomerListParams = z.output<typeof customerListParamsSchema>;

/** Parses Next.js `searchParams` or a URLSearchParams (repeated keys kept); never throws. */
export function parseCustomerListParams(input: URLSearchParams | SearchParamsRecord | null | undefined) {
  return customerListParamsSchema.parse(toParamsRecord(input));
}
