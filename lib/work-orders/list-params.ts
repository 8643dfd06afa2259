// Work order list URL/API search params, parsed leniently: a bad value falls back to its default.
import { z } from "zod";
import {
  asParamsObject,
  parseSort,
  pickAllowed,
  pickIds,
  readPagination,
  searchTerm,
  toParamsRecord,
  type ListSort,
  type SearchParamsRecord,
} from "@/lib/list-params";
import {
  workOrderSortColumns,
  workOrderStatuses,
  workOrderTypes,
  type WorkOrderSortColumn,
} from "@/lib/work-orders/options";

export type WorkOrderSort = ListSort<WorkOrderSortColumn>;

function readParams(input: unknown) {
  const params = asParamsObject(input);
  return {
    q: searchTerm(params.q),
    status: pickAllowed(workOrderStatuses, params.status),
    type: pickAllowed(workOrderTypes, params.type),
    customerId: pickIds(params.customerId, 20),
    assetId: pickIds(params.assetId, 20),
    serviceCenterId: pickIds(params.serviceCenterId, 20),
    sort: parseSort<WorkOrderSortColumn>(params.sort, workOrderSortColumns, { column: "createdAt", direction: "desc" }),
    ...readPagination(params),
  };
}

/** Never fails: every param falls back to its default when missing or invalid. */
export const workOrderListParamsSchema = z.unknown().transform(readParams);

export type WorkOrderListParams = z.output<typeof workOrderListParamsSchema>;

/** Parses Next.js `searchParams` or a URLSearchParams (repeated keys kept); only text that cannot be stored is an error. */
export function parseWorkOrderListParams(input: URLSearchParams | SearchParamsRecord | null | undefined) {
  return workOrderListParamsSchema.parse(toParamsRecord(input));
}
