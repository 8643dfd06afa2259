// Work order list URL/API search params, parsed leniently: a bad value falls back to its default.
import {
  asParamsObject,
  defineListCodec,
  setFilters,
  parseSort,
  pickAllowed,
  pickIds,
  readPagination,
  searchTerm,
  type ListCodec,
  type ListSort,
} from "@/lib/list-params";
import {
  workOrderSortColumns,
  workOrderStatuses,
  workOrderTypes,
  type WorkOrderSortColumn,
} from "@/lib/work-orders/options";

type WorkOrderSort = ListSort<WorkOrderSortColumn>;

const defaultWorkOrderSort: WorkOrderSort = { column: "createdAt", direction: "desc" };

function readParams(input: unknown) {
  const params = asParamsObject(input);
  return {
    q: searchTerm(params.q),
    status: pickAllowed(workOrderStatuses, params.status),
    type: pickAllowed(workOrderTypes, params.type),
    customerId: pickIds(params.customerId, 20),
    assetId: pickIds(params.assetId, 20),
    serviceCenterId: pickIds(params.serviceCenterId, 20),
    sort: parseSort<WorkOrderSortColumn>(params.sort, workOrderSortColumns, defaultWorkOrderSort),
    ...readPagination(params),
  };
}

/** Never fails: every param falls back to its default when missing or invalid. */
export type WorkOrderListParams = ReturnType<typeof readParams>;

/** The work order list's URL codec (Next.js `searchParams` or a URLSearchParams, repeated keys kept). */
export const workOrderListCodec: ListCodec<WorkOrderListParams> = defineListCodec({
  read: readParams,
  filters: (params) =>
    setFilters({
      status: params.status,
      type: params.type,
      customerId: params.customerId,
      assetId: params.assetId,
      serviceCenterId: params.serviceCenterId,
    }),
  defaultSort: defaultWorkOrderSort,
});

export const parseWorkOrderListParams = workOrderListCodec.parse;
