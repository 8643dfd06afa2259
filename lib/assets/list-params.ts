// Asset list URL/API search params, parsed leniently: a bad value falls back to its default.
import {
  asParamsObject,
  defineListCodec,
  setFilters,
  parseSort,
  pickAllowed,
  pickIds,
  pickOne,
  readPagination,
  searchTerm,
  toParamsRecord,
  type ListCodec,
  type ListSort,
  type SearchParamsRecord,
  archivedFilters,
} from "@/lib/list-params";
import {
  allAssetSortColumns,
  assetKinds,
  assetSortColumns,
  assetStatuses,
  type AssetKind,
  type AssetSortColumn,
} from "@/lib/assets/options";

export type AssetSort = ListSort<AssetSortColumn>;

/** Aircraft are looked up by registration; vehicles by make; a mixed list shows the newest first. */
function defaultAssetSort(kind: AssetKind | null): AssetSort {
  if (kind === "aircraft") return { column: "registration", direction: "asc" };
  if (kind === "vehicle") return { column: "make", direction: "asc" };
  return { column: "createdAt", direction: "desc" };
}

function readParams(input: unknown, fixedKind: AssetKind | null) {
  const params = asParamsObject(input);
  const kind = fixedKind ?? pickOne(assetKinds, params.kind, null);
  const columns: readonly AssetSortColumn[] = kind ? assetSortColumns[kind] : allAssetSortColumns;
  return {
    kind,
    q: searchTerm(params.q),
    status: pickAllowed(assetStatuses, params.status),
    center: pickIds(params.center, 50),
    archived: pickOne(archivedFilters, params.archived, "exclude"),
    sort: parseSort(params.sort, columns, defaultAssetSort(kind)),
    ...readPagination(params),
  };
}

export type AssetListParams = ReturnType<typeof readParams>;

/**
 * Parses Next.js `searchParams` or a URLSearchParams; only text that cannot be stored is an error. A page
 * passes its own `kind` (the URL cannot change it); the REST API reads `?kind=` and lists both kinds without it.
 */
export function parseAssetListParams(
  input: URLSearchParams | SearchParamsRecord | null | undefined,
  kind: AssetKind | null = null,
): AssetListParams {
  return readParams(toParamsRecord(input), kind);
}

/** The aircraft and vehicle list pages' URL codecs; their kind is the page's, never read from the URL. */
export const assetListCodecs: Record<AssetKind, ListCodec<AssetListParams>> = {
  aircraft: assetListCodec("aircraft"),
  vehicle: assetListCodec("vehicle"),
};

function assetListCodec(kind: AssetKind): ListCodec<AssetListParams> {
  return defineListCodec({
    read: (params) => readParams(params, kind),
    filters: (params) =>
      setFilters({
        status: params.status,
        center: params.center,
        archived: params.archived === "exclude" ? null : params.archived,
      }),
    defaultSort: defaultAssetSort(kind),
  });
}
