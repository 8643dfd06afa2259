// The possible-duplicates list's URL/API params (search, reason filter, sort by score or name, page),
// read leniently: a bad value falls back to its default.
import {
  asParamsObject,
  defineListCodec,
  parseSort,
  pickAllowed,
  readPagination,
  searchTerm,
  setFilters,
  type ListCodec,
  type ListSort,
} from "@/lib/list-params";
import { reasonKinds } from "@/lib/duplicate-pairs/rules";

/** What the list sorts by (GET /api/v1/duplicates documents them). */
export const duplicateSortColumns = ["score", "name"] as const;
type DuplicateSort = ListSort<(typeof duplicateSortColumns)[number]>;

const defaultDuplicateSort: DuplicateSort = { column: "score", direction: "desc" };

function readParams(input: unknown) {
  const params = asParamsObject(input);
  return {
    q: searchTerm(params.q),
    reason: pickAllowed(reasonKinds, params.reason),
    sort: parseSort(params.sort, duplicateSortColumns, defaultDuplicateSort),
    ...readPagination(params),
  };
}

export type DuplicateListParams = ReturnType<typeof readParams>;

export const duplicateListCodec: ListCodec<DuplicateListParams> = defineListCodec({
  read: readParams,
  filters: (params) => setFilters({ reason: params.reason }),
  defaultSort: defaultDuplicateSort,
});
