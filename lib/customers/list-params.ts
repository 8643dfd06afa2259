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
  readDayRange,
  readPagination,
  searchTerm,
  splitValues,
  type ListCodec,
  type ListSort,
  archivedFilters,
} from "@/lib/list-params";
import {
  assetFilters,
  customerKinds,
  customerSortColumns,
  customerStatuses,
  maxFilterTags,
  maxFilterTiers,
  marketingConsentFilters,
  openWorkOrderFilters,
  tagModes,
  type CustomerSortColumn,
} from "@/lib/customers/options";
import { readCustomerColumns, serializeCustomerColumns } from "@/lib/customers/columns";

/** A search can also be ordered by relevance (lib/customers/search-match.ts), its default. */
type CustomerListSortColumn = CustomerSortColumn | "relevance";
type CustomerSort = ListSort<CustomerListSortColumn>;

const defaultCustomerSort: ListSort<CustomerSortColumn> = { column: "name", direction: "asc" };
const relevanceSort: CustomerSort = { column: "relevance", direction: "asc" };
const searchSortColumns: readonly CustomerListSortColumn[] = [...customerSortColumns, "relevance"];

/** The list's default order: relevance while searching, else by name. */
const defaultSortFor = (q: string): CustomerSort => (q ? relevanceSort : defaultCustomerSort);

/** `?sort=` (relevance only means something with a search; without one it reads as the default). */
function readSort(value: unknown, q: string): CustomerSort {
  return q
    ? parseSort(value, searchSortColumns, relevanceSort)
    : parseSort<CustomerListSortColumn>(value, customerSortColumns, defaultCustomerSort);
}

/** The sort as a column order: relevance (which only a search page ranks) falls back to by name. */
export function columnSort(sort: CustomerSort): ListSort<CustomerSortColumn> {
  return sort.column === "relevance" ? defaultCustomerSort : { column: sort.column, direction: sort.direction };
}

/** `?tier=<id>,none`: tier ids, plus "none" for customers without a tier. */
function readTierFilter(value: unknown): string[] {
  const none = splitValues(value).includes("none") ? ["none"] : [];
  return [...pickIds(value, maxFilterTiers), ...none];
}

/** `?owner=me` (the acting user), `none` (unowned) or a user id; anything else means any owner. */
function readOwnerFilter(value: unknown): string | null {
  const owner = firstValue(value);
  return /^[A-Za-z0-9_-]{1,100}$/.test(owner) ? owner : null;
}

/**
 * The advanced filters: `createdFrom`/`createdTo` and `activityFrom`/`activityTo` (calendar days in the
 * organization's time zone, either end open), `openWorkOrders=yes|no`, `asset=aircraft|vehicle|any|none`,
 * `marketingConsent=yes|no`.
 */
function readAdvancedFilters(params: Record<string, unknown>) {
  const created = readDayRange(params.createdFrom, params.createdTo);
  const activity = readDayRange(params.activityFrom, params.activityTo);
  return {
    createdFrom: created.from,
    createdTo: created.to,
    activityFrom: activity.from,
    activityTo: activity.to,
    openWorkOrders: pickOne(openWorkOrderFilters, params.openWorkOrders, null),
    asset: pickOne(assetFilters, params.asset, null),
    marketingConsent: pickOne(marketingConsentFilters, params.marketingConsent, null),
  };
}

function readParams(input: unknown) {
  const params = asParamsObject(input);
  const tag = splitValues(params.tag).slice(0, maxFilterTags);
  const q = searchTerm(params.q);
  return {
    q,
    status: pickAllowed(customerStatuses, params.status),
    kind: pickAllowed(customerKinds, params.kind),
    tag,
    /** `?tagMode=all`: customers with every tag given; any of them otherwise (only meaningful with tags). */
    tagMode: tag.length > 0 ? pickOne(tagModes, params.tagMode, "any") : "any",
    archived: pickOne(archivedFilters, params.archived, "exclude"),
    tier: readTierFilter(params.tier),
    owner: readOwnerFilter(params.owner),
    ...readAdvancedFilters(params),
    sort: readSort(params.sort, q),
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
      tagMode: params.tagMode === "any" ? null : params.tagMode,
      tier: params.tier,
      owner: params.owner,
      archived: params.archived === "exclude" ? null : params.archived,
      createdFrom: params.createdFrom,
      createdTo: params.createdTo,
      activityFrom: params.activityFrom,
      activityTo: params.activityTo,
      openWorkOrders: params.openWorkOrders,
      asset: params.asset,
      marketingConsent: params.marketingConsent,
    }),
  defaultSort: (params) => defaultSortFor(params.q),
  extra: (params): Record<string, string> => {
    const cols = serializeCustomerColumns(params.columns);
    return cols === null ? {} : { cols };
  },
});

export const parseCustomerListParams = customerListCodec.parse;
