"use client";

// The work orders table's search box, Status/Type/Center filters, and chips for a linked customer
// or asset filter (`?customerId=` / `?assetId=`, set from those records' pages).
import type { Table } from "@tanstack/react-table";
import { XIcon } from "lucide-react";

import { DataTableFacetedFilter, type FacetedFilterOption } from "@/components/data-table/data-table-faceted-filter";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { Button } from "@/components/ui/button";
import { workOrderStatusOptions, workOrderTypeOptions } from "@/lib/work-orders/options";

export interface RecordFilter {
  key: "customerId" | "assetId";
  label: string;
}

type WorkOrdersToolbarProps<TData> = {
  table: Table<TData>;
  centerOptions: FacetedFilterOption[];
  recordFilters: RecordFilter[];
};

function RecordFilterChip<TData>({ table, filter }: { table: Table<TData>; filter: RecordFilter }) {
  const clear = () => table.setColumnFilters((filters) => filters.filter((f) => f.id !== filter.key));
  return (
    <Button variant="secondary" size="sm" className="h-8" onClick={clear} aria-label={`Clear filter ${filter.label}`}>
      {filter.label}
      <XIcon aria-hidden="true" />
    </Button>
  );
}

export function WorkOrdersToolbar<TData>({ table, centerOptions, recordFilters }: WorkOrdersToolbarProps<TData>) {
  return (
    <DataTableToolbar
      table={table}
      searchLabel="Search work orders"
      searchPlaceholder="Search number, registration, VIN or customer…"
      className="sm:[&_[data-slot=input]]:w-80"
    >
      <DataTableFacetedFilter table={table} filterKey="status" title="Status" options={workOrderStatusOptions} />
      <DataTableFacetedFilter table={table} filterKey="type" title="Type" options={workOrderTypeOptions} />
      {centerOptions.length > 1 ? (
        <DataTableFacetedFilter
          table={table}
          filterKey="serviceCenterId"
          title="Service center"
          options={centerOptions}
        />
      ) : null}
      {recordFilters.map((filter) => (
        <RecordFilterChip key={filter.key} table={table} filter={filter} />
      ))}
    </DataTableToolbar>
  );
}
