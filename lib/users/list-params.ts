// The members list's URL codec (Settings → Users): search and pagination, parsed leniently; the
// list is always by name, so `?sort=` is not read.
import {
  asParamsObject,
  defineListCodec,
  firstValue,
  readPagination,
  type ListCodec,
  type ListSort,
} from "@/lib/list-params";

const byName: ListSort<"name"> = { column: "name", direction: "asc" };

function readParams(input: unknown) {
  const params = asParamsObject(input);
  const q = firstValue(params.q);
  return { q: q.length <= 100 ? q : "", sort: byName, ...readPagination(params) };
}

export type MemberListParams = ReturnType<typeof readParams>;

export const memberListCodec: ListCodec<MemberListParams> = defineListCodec({
  read: readParams,
  filters: () => ({}),
  defaultSort: byName,
});
