"use client";

// The work order list: unwraps the page's query promise and renders the URL-driven table around it.
import * as React from "react";

import type { FacetedFilterOption } from "@/components/data-table/data-table-faceted-filter";
import { DataTable } from "@/components/data-table/data-table";
import { ListEmptyState } from "@/components/data-table/list-empty-state";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { useDataTable } from "@/components/data-table/use-data-table";
import { workOrderListCodec } from "@/lib/work-orders/list-params";
import type { WorkOrderListResult, WorkOrderListRow } from "@/lib/work-orders/queries";
import { workOrderColumns } from "./work-orders-columns";
import { WorkOrdersToolbar, type RecordFilter } from "./work-orders-toolbar";

type WorkOrdersTableProps = {
  workOrdersPromise: Promise<WorkOrderListResult>;
  centerOptions: FacetedFilterOption[];
  recordFilters: RecordFilter[];
  canCreate: boolean;
};

const getRowId = (row: WorkOrderListRow) => row.id;

export function WorkOrdersTable({ workOrdersPromise, centerOptions, recordFilters, canCreate }: WorkOrdersTableProps) {
  const result = React.use(workOrdersPromise);
  const columns = React.useMemo(() => workOrderColumns(result.today), [result.today]);
  const { table, isPending, urlState } = useDataTable({
    codec: workOrderListCodec,
    result,
    columns,
    getRowId,
  });

  return (
    <div className="flex flex-col gap-4">
      <WorkOrdersToolbar table={table} centerOptions={centerOptions} recordFilters={recordFilters} />
      <DataTable
        table={table}
        caption="Work orders"
        isPending={isPending}
        emptyState={
          <ListEmptyState
            noun="work orders"
            isFiltered={urlState.isFiltered}
            listHref="/work-orders"
            create={canCreate ? { href: "/work-orders/new", label: "New work order" } : null}
          />
        }
      />
      <DataTablePagination table={table} totalCapped={result.totalCapped} />
    </div>
  );
}
