"use client";

// The customer list: unwraps the page's query promise and renders the URL-driven table around it.
import * as React from "react";

import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { useDataTable } from "@/components/data-table/use-data-table";
import { Badge } from "@/components/ui/badge";
import { defaultCustomerColumnIds } from "@/lib/customers/columns";
import type { CustomerListResult, CustomerListRow } from "@/lib/customers/queries";
import type { SavedViewDto } from "@/lib/saved-views/resource";
import type { TierOption } from "@/lib/tiers/queries";
import { customerColumns } from "./customers-columns";
import { CustomersEmptyState } from "./customers-empty-state";
import { CustomersToolbar } from "./customers-toolbar";

type CustomersTableProps = {
  customersPromise: Promise<CustomerListResult>;
  tagsPromise: Promise<string[]>;
  tiersPromise: Promise<TierOption[]>;
  viewsPromise: Promise<SavedViewDto[]>;
  canCreate: boolean;
  canShareViews: boolean;
};

const getRowId = (row: CustomerListRow) => row.id;

export function CustomersTable({
  customersPromise,
  tagsPromise,
  tiersPromise,
  viewsPromise,
  canCreate,
  canShareViews,
}: CustomersTableProps) {
  const { rows, total, pageCount } = React.use(customersPromise);
  const tags = React.use(tagsPromise);
  const tiers = React.use(tiersPromise);
  const views = React.use(viewsPromise);
  const { table, isPending, urlState } = useDataTable({
    data: rows,
    columns: customerColumns,
    pageCount,
    total,
    getRowId,
    defaultVisibleColumns: defaultCustomerColumnIds,
  });
  const isFiltered = urlState.q !== "" || Object.keys(urlState.filters).length > 0;

  return (
    <div className="flex flex-col gap-4">
      <CustomersToolbar table={table} tags={tags} tiers={tiers} views={views} canShareViews={canShareViews} />
      <DataTable
        table={table}
        caption="Customers"
        isPending={isPending}
        emptyState={<CustomersEmptyState isFiltered={isFiltered} canCreate={canCreate} />}
      />
      <DataTablePagination table={table} />
    </div>
  );
}

/** The header's total, from the same query as the table. */
export function CustomersCount({ customersPromise }: { customersPromise: Promise<CustomerListResult> }) {
  const { total } = React.use(customersPromise);
  return (
    <Badge variant="secondary" className="tabular-nums">
      {total.toLocaleString("en-US")}
      <span className="sr-only"> customers</span>
    </Badge>
  );
}
