"use client";

// The customer list: unwraps the page's query promise and renders the URL-driven table around it.
import * as React from "react";

import { DataTable } from "@/components/data-table/data-table";
import { ListEmptyState } from "@/components/data-table/list-empty-state";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { useDataTable } from "@/components/data-table/use-data-table";
import { defaultCustomerColumnIds } from "@/lib/customers/columns";
import { customerListCodec } from "@/lib/customers/list-params";
import type { CustomerTableResult, CustomerTableRow } from "@/lib/customers/table-rows";
import type { SavedViewDto } from "@/lib/saved-views/resource";
import type { TierOption } from "@/lib/tiers/queries";
import type { OwnerOption } from "@/lib/customers/ownership/queries";
import { BulkActionsBar } from "./bulk/bulk-actions-bar";
import { selectColumn } from "./bulk/select-column";
import { BulkSelectionProvider, type BulkPermissions } from "./bulk/selection-context";
import { KindIconSymbols } from "./customers-cells";
import { customerColumns } from "./customers-columns";
import { CustomersToolbar } from "./customers-toolbar";
import { CustomerFilterChips } from "./filters/customer-filter-chips";

type CustomersTableProps = {
  customersPromise: Promise<CustomerTableResult>;
  tagsPromise: Promise<string[]>;
  tiersPromise: Promise<TierOption[]>;
  ownersPromise: Promise<OwnerOption[]>;
  viewsPromise: Promise<SavedViewDto[]>;
  canCreate: boolean;
  canShareViews: boolean;
  /** What the user may do with ticked rows; without any, the table has no checkboxes. */
  bulkPermissions?: BulkPermissions;
};

const getRowId = (row: CustomerTableRow) => row.id;
const noBulk: BulkPermissions = { canEdit: false, canArchive: false, canExport: false };
const selectableColumns = [selectColumn<CustomerTableRow>(), ...customerColumns];

export function CustomersTable({
  customersPromise,
  tagsPromise,
  tiersPromise,
  ownersPromise,
  viewsPromise,
  canCreate,
  canShareViews,
  bulkPermissions = noBulk,
}: CustomersTableProps) {
  const result = React.use(customersPromise);
  const { rows, total, totalCapped, totalEstimated } = result;
  const tiers = React.use(tiersPromise);
  const owners = React.use(ownersPromise);
  const views = React.use(viewsPromise);
  const { table, isPending, urlState } = useDataTable({
    codec: customerListCodec,
    result,
    columns: Object.values(bulkPermissions).some(Boolean) ? selectableColumns : customerColumns,
    getRowId,
    defaultVisibleColumns: defaultCustomerColumnIds,
  });

  return (
    <BulkSelectionProvider table={table} total={{ total, totalCapped, totalEstimated }} permissions={bulkPermissions}>
      <div className="flex flex-col gap-4">
        <CustomersToolbar
          table={table}
          tagsPromise={tagsPromise}
          tiers={tiers}
          owners={owners}
          views={views}
          canShareViews={canShareViews}
        />
        <CustomerFilterChips tiers={tiers} owners={owners} />
        <BulkActionsBar tiers={tiers} pageRowCount={rows.length} />
        <DataTable
          table={table}
          caption="Customers"
          isPending={isPending}
          emptyState={
            <ListEmptyState
              noun="customers"
              isFiltered={urlState.isFiltered}
              listHref="/customers"
              create={canCreate ? { href: "/customers/new", label: "Add customer" } : null}
            />
          }
        />
        <DataTablePagination table={table} totalCapped={totalCapped} totalEstimated={totalEstimated} />
        <KindIconSymbols />
      </div>
    </BulkSelectionProvider>
  );
}
