// Work order list URL/API search params, parsed leniently: a bad value falls back to its default.
import { z } from "zod";
import {
  firstValue,
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
  workOrderSortColumns,
  workOrderStatuses,
  workOrderTypes,
  type WorkOrderSortColumn,
} from "@/lib/work-orders/options";

export type WorkOrderSort = ListSort<WorkOrderSortColumn>;

const uuidPattern = z.regexes.guid;

/** Ids from the URL; anything that is not a UUID cannot name a record and is dropped. */
function pickIds(value: unknown): string[] {
  return splitValues(value)
    .filter((id) => uuidPattern.test(id))
    .slice(0, 20);
}

function readParams(input: unknown) {
  const params = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  return {
    q: firstValue(params.q).slice(0, 200),
    status: pickAllowed(workOrderStatuses, params.status),
    type: pickAllowed(workOrderTypes, params.type),
    customerId: pickIds(params.customerId),
    assetId: pickIds(params.assetId),
    serviceCenterId: pickIds(params.serviceCenterId),
    sort: parseSort<WorkOrderSortColumn>(params.sort, workOrderSortColumns, { column: "createdAt", direction: "desc" }),
    page: positiveInt(params.page) ?? 1,
    perPage: parsePerPage(params.perPage),
  };
}

/** Never fails: every param falls back to its default when missing or invalid. */
export const workOrderListParamsSchema = z.unknown().transform(readParams);

export type WorkOrderListParams = z.output<typeof workOrderListParamsSchema>;

/** Parses Next.js `searchParams` or a URLSearchParams (repeated keys kept); never throws. */
export function parseWorkOrderListParams(input: URLSearchParams | SearchParamsRecord | null | undefined) {
  return workOrderListParamsSchema.parse(toParamsRecord(input));
}
