// Customer list URL/API search params, parsed leniently: a bad value falls back to its default.
import { z } from "zod";
import {
  asParamsObject,
  defineListCodec,
  setFilters,
  firstValue,
  parseSort,
  pickAllowed,
  pickIds,
  pickOne,
  readPagination,
  searchTerm,
  splitValues,
  type ListCodec,
  type ListSort,
  archivedFilters,
} from "@/lib/list-params";
import { customerKinds, customerSortColumns, customerStatuses, type CustomerSortColumn } from "@/lib/customers/options";
import { readCustomerColumns, serializeCustomerColumns } from "@/lib/customers/columns";

type CustomerSort = ListSort<CustomerSortColumn>;

const defaultCustomerSort: CustomerSort = { column: "name", direction: "asc" };

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
    sort: parseSort<CustomerSortColumn>(params.sort, customerSortColumns, defaultCustomerSort),
    ...readPagination(params),
    /** The shown columns (`?cols=`); the list skips lookups for hidden ones. */
    columns: readCustomerColumns(params.cols),
  };
}

/** Never fails: every param falls back to its default when missing or invalid. */
export const customerListParamsSchema = z.unknown().transform(readParams);

export type CustomerListParams = z.output<typeof customerListParamsSchema>;

/**
 * The customer list's URL codec: parses Next.js `searchParams` or a URLSearchParams (repeated keys
 * kept; only text that cannot be stored is dropped) and writes the canonical query (saved views store
 * it without the page).
 */
export const customerListCodec: ListCodec<CustomerListParams> = defineListCodec({
  read: (params) => customerListParamsSchema.parse(params),
  filters: (params) =>
    setFilters({
      status: params.status,
      kind: params.kind,
      tag: params.tag,
      tier: params.tier,
      owner: params.owner,
      archived: params.archived === "exclude" ? null : params.archived,
    }),
  defaultSort: defaultCustomerSort,
  extra: (params): Record<string, string> => {
    const cols = serializeCustomerColumns(params.columns);
    return cols === null ? {} : { cols };
  },
});

export const parseCustomerListParams = customerListCodec.parse;
